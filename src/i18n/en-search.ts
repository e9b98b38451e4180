/**
 * The English dictionary's words for the search dialog and page (src/client/search/), in a module
 * of their own so that the search code loads only them (and the copying tools never do): part of
 * the English dictionary (src/i18n/en.ts), typed the same way — src/i18n/ru-search.ts is typed by
 * this one, so a key missing in Russian fails the type check.
 */
/** Browser code: the search dialog and page (src/client/search/). */
export const clientSearch = {
  filters: 'Filters',
  filter: {
    kind: { label: 'Kind', any: 'Any kind' },
    country: { label: 'State', any: 'Any state' },
    year: { label: 'Year', any: 'Any year' },
  },
  kinds: {
    Profile: 'State profile',
    Event: 'Event',
    Person: 'Person',
    Term: 'Term',
    Analysis: 'Analysis',
    Source: 'Source',
  } as Record<string, string>,
  moreResults: 'More results',
  openSearchPage: 'Open on the search page',
  title: 'Search the explainer',
  label: 'Search',
  placeholder: 'Search the explainer',
  close: 'Close',
  results: 'Search results',
  keys: '↑ ↓ to choose, Enter to open, Esc to close',
  recent: 'Recent searches',
  try: 'Try',
  tryNote:
    'A state, person, event or term, in any spelling — Russian and the states’ own scripts too.',
  /** One of each thing search understands; each lands on its entry first (tests/browser/search.test.ts). */
  examples: ['Armenia', 'Toqaev', 'Kazakhstan intervention', 'Article 4', 'Киргизия'],
  loading: 'Loading search…',
  filtersFailed: 'The filters could not be loaded.',
  index: 'A–Z index',
  loadFailed: 'Search could not be loaded. Every page and section is listed in the ',
  moreFailed: 'More results could not be loaded.',
  searchFailed: 'The search failed.',
  retry: ' Reload the page to try again, or find the page in the ',
  /** "12 results for “Kiev”", "No results for …", "5 results (State profile)". */
  count: (total: number, query: string, scope: string) =>
    `${total === 0 ? 'No results' : `${total} ${total === 1 ? 'result' : 'results'}`}${query ? ` for “${query}”` : ''}${scope ? ` (${scope})` : ''}.`,
  showingFor: 'Showing results for ',
  insteadFor: '; search instead for ',
  sectionsOf: (title: string) => `Matching sections of ${title}`,
};
