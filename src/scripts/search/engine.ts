/**
 * Talks to Pagefind: loads its module from the built site on first use, runs a query and turns
 * the raw results into what the UI shows — a page with its title and excerpt, and up to three of
 * its matching sections (headings with ids), each with a link that carries the highlight parameter.
 */
import type { FilterCounts, FilterSelection, PagefindFragment, PagefindModule, PagefindSubResult } from './pagefind';
import { withHighlight } from './query';

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
let loading: Promise<PagefindModule> | undefined;

/** Imports `<bundle>pagefind.js` once; Pagefind then resolves result URLs against the base path. */
export function loadPagefind(bundle: string): Promise<PagefindModule> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
    await pagefind.options({ excerptLength: 22 });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, missing index) may be retried on the next search.
  loading.catch(() => { loading = undefined; });
  return loading;
}

/** Runs one search. `query` may be empty when a filter is chosen: all pages under the filter. */
export async function runSearch(
  pagefind: PagefindModule,
  query: string,
  filters: FilterSelection,
  first: number,
): Promise<SearchOutcome> {
  const term = query.trim();
  const response = await pagefind.search(term === '' ? null : term, { filters });
  const results = response.results;
  let shown = 0;
  const more = async (count: number) => {
    const slice = results.slice(shown, shown + count);
    shown += slice.length;
    return Promise.all(slice.map(async (result) => toPageHit(await result.data(), term)));
  };
  const pages = await more(first);
  return { total: results.length, pages, counts: response.filters, more };
}

function toPageHit(data: PagefindFragment, query: string): PageHit {
  const title = data.meta['title'] ?? data.url;
  return {
    title,
    url: withHighlight(data.url, query),
    excerpt: data.excerpt,
    kind: data.filters['kind']?.[0],
    sections: query ? pickSections(data, title).map((sub) => ({ title: sub.title, url: withHighlight(sub.url, query), excerpt: sub.excerpt })) : [],
  };
}

/**
 * The sections worth showing under a page: those that start at a heading with an id (not the
 * text before the first heading, and not an h1, which is the page itself), best matches first.
 */
function pickSections(data: PagefindFragment, pageTitle: string): PagefindSubResult[] {
  const pageUrl = data.url.split('#')[0];
  return data.sub_results
    .filter((sub) => sub.anchor && sub.anchor.element !== 'h1' && sub.url.split('#')[0] === pageUrl && sub.url !== pageUrl && sub.title !== pageTitle)
    .map((sub) => ({ sub, score: sub.weighted_locations.reduce((sum, loc) => sum + loc.balanced_score, 0) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, SECTIONS_PER_PAGE)
    .map(({ sub }) => sub);
}
