/**
 * How far apart two words are, for correcting what readers type: search (src/client/search/
 * understand.ts) and the 404 page's suggestions (src/lib/search/path-suggestions.ts). Pure functions.
 */

/** Optimal string alignment distance (Levenshtein plus swapped neighbours), or max + 1 once past max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, prev2[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * How far a word may be from its correction, growing with its length: none below four letters,
 * one up to five, two up to eight, then three ("temnitsky" for "temnycky": the longer a name,
 * the more ways to spell it from the ear).
 */
export function allowedDistance(word: string): number {
  if (word.length < 4 || /\p{N}/u.test(word)) return 0;
  if (word.length <= 5) return 1;
  return word.length <= 8 ? 2 : 3;
}
