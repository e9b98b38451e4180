/**
 * Talks to Pagefind: loads its module from the built site on first use, runs a query and turns
 * the raw results into what the UI shows — a page with its title and excerpt, and up to three of
 * its matching sections (headings with ids), each with a link that carries the highlight parameter.
 */
import type { FilterCounts, FilterSelection, PagefindFragment, PagefindModule, PagefindSubResult } from './pagefind';
import { isSearchable, searchedText, withHighlight } from './query';
import { aboutFirst, isAbout, queryTerms } from './rank';

export interface SectionHit {
  title: string;
  url: string;
  /** Pagefind's excerpt: plain text with the matched words in <mark>. */
  excerpt: string;
}

export interface PageHit {
  title: string;
  url: string;
  excerpt: string;
  /** The page's "kind" filter value (Profile, Event, …). */
  kind: string | undefined;
  sections: SectionHit[];
}

export interface SearchOutcome {
  /** Pages matching the query and filters. */
  total: number;
  pages: PageHit[];
  /** For each filter value, how many pages would match with it (given the query). */
  counts: FilterCounts;
  /** Loads the next `count` pages of the same search. */
  more(count: number): Promise<PageHit[]>;
}

const SECTIONS_PER_PAGE = 3;
/**
 * How many of Pagefind's best pages are re-ranked (rank.ts) before the first are shown. Each costs
 * a fragment fetch (1–9 KB) on every keystroke, so no deeper than the dialog shows.
 */
const RERANK_DEPTH = 8;
/**
 * Pagefind's default (0.75) favours short pages so strongly that a one-paragraph event whose title
 * names Kazakhstan outranks the Kazakhstan profile for "Kazakhstan". The profiles, the People page
 * and the glossary are long by nature, so page length counts for little here.
 */
const RANKING = { pageLength: 0.15 };

let loading: Promise<PagefindModule> | undefined;

/** Imports `<bundle>pagefind.js` once; Pagefind then resolves result URLs against the base path. */
export function loadPagefind(bundle: string): Promise<PagefindModule> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
    await pagefind.options({ excerptLength: 22, ranking: RANKING });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, missing index) may be retried on the next search.
  loading.catch(() => { loading = undefined; });
  return loading;
}

/**
 * Runs one search. `query` may be empty when a filter is chosen: all pages under the filter.
 * Resolves to undefined when `isCurrent` says a newer search has started meanwhile.
 */
export async function runSearch(
  pagefind: PagefindModule,
  query: string,
  filters: FilterSelection,
  first: number,
  isCurrent: () => boolean = () => true,
): Promise<SearchOutcome | undefined> {
  // Below two characters the query is left out and only the filters apply (see isSearchable).
  const term = isSearchable(query) ? searchedText(query) : '';
  const terms = queryTerms(term);
  const response = await pagefind.search(term === '' ? null : term, { filters });
  // Typed past already: skip fetching this query's fragments.
  if (!isCurrent()) return undefined;
  const results = response.results;
  const load = (from: number, to: number) => Promise.all(results.slice(from, to).map(async (result) => result.data()));

  // The head is loaded at once and re-ranked; later pages come in Pagefind's order.
  const head = aboutFirst(await load(0, Math.max(first, RERANK_DEPTH)), (data) => pageIsAbout(data, terms));
  let next = head.length;
  const queue = head.map((data) => toPageHit(data, term, terms));
  const more = async (count: number) => {
    const out = queue.splice(0, count);
    if (out.length < count) {
      const extra = await load(next, next + count - out.length);
      next += extra.length;
      out.push(...extra.map((data) => toPageHit(data, term, terms)));
    }
    return out;
  };
  const pages = await more(first);
  return { total: results.length, pages, counts: response.filters, more };
}

function pageIsAbout(data: PagefindFragment, terms: string[]): boolean {
  return isAbout(data.meta['title'] ?? '', terms) || data.sub_results.some((sub) => sub.anchor && isAbout(sub.title, terms));
}

function toPageHit(data: PagefindFragment, query: string, terms: string[]): PageHit {
  const title = data.meta['title'] ?? data.url;
  return {
    title,
    url: withHighlight(data.url, query),
    excerpt: data.excerpt,
    kind: data.filters['kind']?.[0],
    sections: query ? pickSections(data, title, terms).map((sub) => ({ title: sub.title, url: withHighlight(sub.url, query), excerpt: sub.excerpt })) : [],
  };
}

/**
 * The sections worth showing under a page: those that start at a heading with an id (not the
 * text before the first heading, and not an h1, which is the page itself). Sections whose heading
 * is about the query come first, then the best matches.
 */
function pickSections(data: PagefindFragment, pageTitle: string, terms: string[]): PagefindSubResult[] {
  const pageUrl = data.url.split('#')[0];
  const scored = data.sub_results
    .filter((sub) => sub.anchor && sub.anchor.element !== 'h1' && sub.url.split('#')[0] === pageUrl && sub.url !== pageUrl && sub.title !== pageTitle)
    .map((sub) => ({ sub, score: sub.weighted_locations.reduce((sum, loc) => sum + loc.balanced_score, 0) }))
    .sort((a, b) => b.score - a.score)
    .map(({ sub }) => sub);
  return aboutFirst(scored, (sub) => isAbout(sub.title, terms)).slice(0, SECTIONS_PER_PAGE);
}
