/**
 * A sorted word list written compactly: each word as how many letters (1–9) it shares with the
 * word before, then the rest, or whole when it shares none ("армения 6и 6ию 6ией" for "армения
 * армении армению арменией"). Sorted neighbours share most of their letters, Russian word forms
 * above all, so this sends the vocabulary in about three quarters of the gzip bytes of the plain
 * list (README, "Search quality"). A plain list reads as itself: its words start with a letter.
 * Pure: written at build time (lexicon.ts), read in the browser (understand.ts).
 */

const MAX_SHARED = 9;

/** "армения армении армению" → "армения 6и 6ю": `words` sorted, each at least one letter. */
export function writeWordList(words: readonly string[]): string {
  let previous = '';
  return words
    .map((word) => {
      let shared = 0;
      const most = Math.min(word.length - 1, previous.length, MAX_SHARED);
      while (shared < most && word[shared] === previous[shared]) shared++;
      previous = word;
      return shared === 0 ? word : `${shared}${word.slice(shared)}`;
    })
    .join(' ');
}

/** The inverse of writeWordList; a plain list of words gives its words. */
export function readWordList(text: string): string[] {
  const words: string[] = [];
  let previous = '';
  for (const token of text.split(' ')) {
    if (token === '') continue;
    const shared = /^\d/u.test(token) ? Number(token[0]) : 0;
    previous = previous.slice(0, shared) + token.slice(shared === 0 ? 0 : 1);
    words.push(previous);
  }
  return words;
}
