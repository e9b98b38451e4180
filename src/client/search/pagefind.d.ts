/**
 * The part of Pagefind 1.6's browser API (dist/pagefind/pagefind.js) that the search UI uses.
 * The module exists only after a build, so it is typed here by hand.
 */
export type FilterCounts = Record<string, Record<string, number>>;

/** A filter selection: { kind: 'Event', year: '2022' }. */
export type FilterSelection = Record<string, string>;

export interface PagefindWordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations: PagefindWordLocation[];
  anchor?: PagefindAnchor;
}

export interface PagefindFragment {
  url: string;
  excerpt: string;
  sub_results: PagefindSubResult[];
  filters: Record<string, string[]>;
  meta: Record<string, string | undefined>;
  word_count: number;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Where in the record's text the query's words are (word positions, the heading's first). */
  words: number[];
  data(): Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindModule {
  options(options: {
    excerptLength?: number;
    baseUrl?: string;
    ranking?: {
      pageLength?: number;
      termFrequency?: number;
      termSaturation?: number;
      termSimilarity?: number;
    };
    /** Search on the page's own thread instead of in pagefind-worker.js (Pagefind 1.5+). */
    noWorker?: boolean;
  }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: FilterSelection }): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
  preload(term: string, options?: { filters?: FilterSelection }): Promise<void>;
}
