/**
 * The search state as it travels in a link — /search/?q=Yerevan&kind=Profile&country=Armenia —
 * and the highlight parameter that result links carry to the page they open. Pure functions.
 */

/** Pagefind filters offered in the UI, in the order they are shown. */
export const FILTER_KEYS = ['kind', 'country', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string>>;
}

/** Result links carry the query in this parameter; highlight.ts marks it and removes it. */
export const HIGHLIGHT_PARAM = 'highlight';

/** "?q=kiev&country=Kazakhstan" → { query: 'kiev', filters: { country: 'Kazakhstan' } }. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { query: params.get('q') ?? '', filters };
}

/** The inverse of readState: "?q=kiev&country=Kazakhstan", or "" for an empty search. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Searching starts at the second character (or a digit: "4"). One letter matches nearly every
 * page, and fetching their fragments would cost more than the whole index a real query needs.
 */
export function isSearchable(query: string): boolean {
  const text = query.trim();
  return text.length >= 2 || /\p{N}/u.test(text);
}

/**
 * The most of a query that is searched. A pasted page or a crafted link can carry thousands of
 * words, and Pagefind would look up every one (seconds, on a phone); no one types this much.
 */
const MAX_SEARCHED = 200;

/** The query as searched: trimmed, and cut at MAX_SEARCHED characters, at a space when there is one. */
export function searchedText(query: string): string {
  const chars = [...query.trim()];
  if (chars.length <= MAX_SEARCHED) return chars.join('');
  const cut = chars.slice(0, MAX_SEARCHED).join('');
  const space = cut.lastIndexOf(' ');
  return (space > cut.length / 2 ? cut.slice(0, space) : cut).trim();
}

/** True when there is something to search for: a searchable query, or at least one filter. */
export function isActive(state: SearchState): boolean {
  return isSearchable(state.query) || FILTER_KEYS.some((key) => Boolean(state.filters[key]));
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return writeState(a) === writeState(b);
}

/** "/states/armenia/#capital" + "yerevan" → "/states/armenia/?highlight=yerevan#capital". */
export function withHighlight(url: string, query: string): string {
  const terms = query.trim();
  if (!terms) return url;
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const param = new URLSearchParams({ [HIGHLIGHT_PARAM]: terms }).toString();
  return `${path}${path.includes('?') ? '&' : '?'}${param}${hash}`;
}

/** A URL without the highlight parameter (the rest of the query and the hash kept). */
export function withoutHighlight(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  return url.pathname + url.search + url.hash;
}

/** The most words highlight.ts marks. */
const MAX_HIGHLIGHT_TERMS = 20;

/**
 * The words to mark on a landed-on page, lower-cased and without diacritics. Pagefind matches
 * prefixes and English stems, so "clashes" must also mark "clash": common endings are cut.
 */
export function highlightTerms(value: string): string[] {
  const words = fold(value)
    .split(/[^\p{L}\p{N}]+/u)
    // A lone letter (the "s" of "Russia's") would mark half the page; a lone digit is kept.
    .filter((word) => word.length > 1 || /\p{N}/u.test(word));
  const stems = words.map((word) =>
    word.length > 5 ? word.replace(/(?:es|s|ing|ed)$/u, '') : word
  );
  // A crafted link may carry thousands of words; the first few are what the reader searched for.
  return [...new Set(stems)].slice(0, MAX_HIGHLIGHT_TERMS).sort((a, b) => b.length - a.length);
}

/** Lower case without diacritics, keeping the length of every character it can. */
export function fold(text: string): string {
  let out = '';
  for (const char of text) {
    const folded = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out += folded.length === char.length ? folded : char;
  }
  return out;
}
