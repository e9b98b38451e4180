/**
 * A small re-ranking on top of Pagefind's. Pagefind scores whole pages, so a one-line event whose
 * title mentions "Pashinyan" outranks the People page, where "Nikol Pashinyan" is a heading among
 * forty. A reader typing a name wants the entry *about* it: a page whose title, or a section whose
 * heading, is mostly the query moves ahead of pages that merely mention it. Pure functions.
 */
import { fold } from './query';

/** A heading counts as being about the query when the query covers at least this share of it. */
const ABOUT_THRESHOLD = 0.5;

/** "Kyrgyz–Tajik clashes?" → ["kyrgyz–tajik", "clashes"]: folded words, outer punctuation cut. */
function words(text: string): string[] {
  return fold(text)
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
}

/** The query's search terms, folded: "Article 4" → ["article", "4"]. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0);
}

/**
 * The share of a heading's words that the query matches (prefix matching, as Pagefind does; the
 * parts of "Kassym-Jomart" count separately), or 0 unless every term matches some word.
 */
export function coverage(heading: string, terms: string[]): number {
  const headingWords = words(heading);
  if (headingWords.length === 0 || terms.length === 0) return 0;
  const matched = new Set<number>();
  for (const term of terms) {
    const at = headingWords.findIndex((word) =>
      word.split(/[-‐‑–—]/u).some((part) => part.startsWith(term))
    );
    if (at === -1) return 0;
    matched.add(at);
  }
  return matched.size / headingWords.length;
}

export function isAbout(heading: string, terms: string[]): boolean {
  return coverage(heading, terms) >= ABOUT_THRESHOLD;
}

/** Stable: items about the query first, each group in its original (Pagefind) order. */
export function aboutFirst<T>(items: T[], about: (item: T) => boolean): T[] {
  const flagged = items.map((item) => ({ item, first: about(item) }));
  return [...flagged.filter((f) => f.first), ...flagged.filter((f) => !f.first)].map((f) => f.item);
}
