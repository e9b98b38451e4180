/**
 * What search calls a page: the values of the Pagefind "kind" filter, their labels, and the filters
 * each kind of page carries. The routes write these filters into the index and the search
 * lexicon (src/pages/search/lexicon.json.ts) gives entities the same ones, so a filter narrows an
 * entity exactly as it narrows the page the entity lives on. Pure.
 */

/** Kinds of page, in the order the kind filter lists them. */
export const SEARCH_KINDS = ['Profile', 'Event', 'Person', 'Term', 'Analysis', 'Source'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** How each kind reads in the search UI. */
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  Profile: 'State profile',
  Event: 'Event',
  Person: 'Person',
  Term: 'Term',
  Analysis: 'Analysis',
  Source: 'Source',
};

/** Pagefind filters of one page: { kind: ['Event'], year: ['2022'], country: ['Kazakhstan'] }. */
export type PageFilters = Record<string, string[]>;

export const kindFilter = (kind: SearchKind): PageFilters => ({ kind: [kind] });

/** A state profile. */
export function profileFilters(stateName: string): PageFilters {
  return { kind: ['Profile'], country: [stateName] };
}

/** An event page: its year and the states it involves. */
export function eventFilters(year: number, countryNames: string[]): PageFilters {
  return { kind: ['Event'], year: [String(year)], country: countryNames };
}
