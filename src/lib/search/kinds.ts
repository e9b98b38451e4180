/**
 * What search calls a page: the values of the Pagefind "kind" filter, their labels, and the filters
 * each kind of page carries. The routes write these filters into the index and the search
 * lexicon (src/pages/[...lang]/search/entities.json.ts) gives entities the same ones, so a filter narrows an
 * entity exactly as it narrows the page the entity lives on. Pure.
 */

/** Each kind of page by name, for the routes and the lexicon: kindFilter(SEARCH_KIND.analysis). */
export const SEARCH_KIND = {
  profile: 'Profile',
  event: 'Event',
  person: 'Person',
  term: 'Term',
  analysis: 'Analysis',
  source: 'Source',
} as const;
export type SearchKind = (typeof SEARCH_KIND)[keyof typeof SEARCH_KIND];

/** Kinds of page, in the order the kind filter lists them. */
export const SEARCH_KINDS: readonly SearchKind[] = [
  SEARCH_KIND.profile,
  SEARCH_KIND.event,
  SEARCH_KIND.person,
  SEARCH_KIND.term,
  SEARCH_KIND.analysis,
  SEARCH_KIND.source,
];

/* How each kind reads in the search UI is in the dictionaries (src/i18n/, `clientSearch.kinds`). */

/** Pagefind filters of one page: { kind: ['Event'], year: ['2022'], country: ['Kazakhstan'] }. */
export type PageFilters = Record<string, string[]>;

export const kindFilter = (kind: SearchKind): PageFilters => ({ kind: [kind] });

/** A state profile. */
export function profileFilters(stateName: string): PageFilters {
  return { kind: [SEARCH_KIND.profile], country: [stateName] };
}

/** An event page: its year and the states it involves. */
export function eventFilters(year: number, countryNames: string[]): PageFilters {
  return { kind: [SEARCH_KIND.event], year: [String(year)], country: countryNames };
}
