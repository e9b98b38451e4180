/**
 * Byte budgets, in bytes gzipped at level 9 (the figures `npm run bench` prints), checked on every
 * page by tests/browser/every-page.test.ts from what Chromium fetched before any interaction, and
 * for a first search by tests/browser/search.test.ts.
 * Deterministic: they depend on the build's bytes only, never on the machine or the server.
 */
export const BUDGETS = {
  /** JavaScript fetched before any interaction, on any page but the 404 pages. */
  jsBeforeInteraction: 6 * 1024,
  /**
   * The same on a 404 page (each edition's), which loads its suggestions at once — they are what
   * the page is for (6.3 KiB since issue 22; 6.7 KiB with the language switch). The test waits for
   * them, so the figure no longer depends on whether they finished before the page was weighed.
   */
  jsOnNotFoundPage: 7 * 1024,
  /** HTML + CSS + JavaScript of the median page. */
  medianPage: 25 * 1024,
  /** HTML + CSS + JavaScript of the heaviest page. */
  heaviestPage: 60 * 1024,
  /**
   * A reader's first search, everything fetched from opening the dialog until its results and
   * excerpts are in (search code, lexicon, Pagefind's script, WebAssembly and metadata, index
   * chunks, fragments): under this, whatever the query, in both editions
   * (tests/browser/search.test.ts; `npm run bench:search` prints the figures).
   */
  firstSearch: 130 * 1024,
  /**
   * Requests of a first search, whatever the query (typed or pasted, a name or free text of five
   * words): five fixed (the search code, the lexicon, Pagefind's script, metadata and
   * WebAssembly), an index chunk for each word, three excerpts (README, "Site figures").
   */
  firstSearchRequests: 12,
  /** Of those, the fixed part: what any query fetches before its own index chunks and excerpts. */
  firstSearchFixedRequests: 5,
} as const;

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
