/**
 * Pages to suggest on the 404 page, from the words of the address that was not found:
 * "/states/armenai/" suggests Armenia, "/timline/kazakhstan-intervention" the Kazakhstan
 * intervention. Each word of the address is matched against the words of each page's title and
 * address — whole, as the start of a word, or within a small edit distance (misspellings) — and
 * the pages that match the most of them are suggested, the best matches first. Pure functions.
 */
import { unlocalizedPath } from '../../i18n/langs';
import { allowedDistance, editDistance } from './edit-distance';

export interface SuggestionCandidate {
  title: string;
  href: string;
}

/** Lower case without diacritics, split into words of letters and digits. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);
}

/** Parts of an address that name no page. */
const NOISE = new Set(['index', 'html', 'htm', 'php', 'www', 'page', 'pages']);

/**
 * The words of an address's path, decoded ("%C3%A9" → "é"; a malformed escape is read as typed),
 * without the site's base path ("/csto/"), the edition ("/ru/") and file-name noise.
 */
export function pathWords(pathname: string, base = '/'): string[] {
  let path = pathname;
  if (base !== '/' && path.startsWith(base)) path = path.slice(base.length - 1);
  path = unlocalizedPath(path);
  const decoded = path.split('/').map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment; // a malformed escape is read as typed
    }
  });
  path = decoded.join('/');
  return [...new Set(wordsOf(path))].filter((word) => !NOISE.has(word));
}

/** How well one address word matches a page's words: 3 whole, 2 as a start, 1 misspelled, 0. */
function wordScore(word: string, pageWords: readonly string[]): number {
  let best = 0;
  for (const candidate of pageWords) {
    if (candidate === word) return 3;
    if (
      word.length >= 3 &&
      (candidate.startsWith(word) || (candidate.length >= 4 && word.startsWith(candidate)))
    )
      best = Math.max(best, 2);
    else if (best < 1) {
      const max = allowedDistance(word);
      if (max > 0 && editDistance(word, candidate, max) <= max) best = 1;
    }
  }
  return best;
}

/** The pages that best match the address's words, best first, at most `count`. */
export function suggestPages<T extends SuggestionCandidate>(
  words: readonly string[],
  candidates: readonly T[],
  count = 5
): T[] {
  if (words.length === 0) return [];
  const scored = candidates
    .map((candidate, order) => {
      const pageWords = [...new Set([...wordsOf(candidate.title), ...wordsOf(candidate.href)])];
      const scores = words.map((word) => wordScore(word, pageWords));
      return {
        candidate,
        order,
        matched: scores.filter((s) => s > 0).length,
        score: scores.reduce((a, b) => a + b, 0),
      };
    })
    .filter((s) => s.score > 0);
  scored.sort(
    (a, b) =>
      b.matched - a.matched ||
      b.score - a.score ||
      a.candidate.title.length - b.candidate.title.length ||
      a.order - b.order
  );
  // Only the pages that match as many of the address's words as the best: "/states/armenai/"
  // suggests Armenia, not every page under /states/.
  const most = scored[0]?.matched ?? 0;
  return scored
    .filter((s) => s.matched === most)
    .slice(0, count)
    .map((s) => s.candidate);
}
