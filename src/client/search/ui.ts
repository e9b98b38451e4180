/**
 * The search UI loaded on first use: the dialog and the search page in one chunk, so opening
 * search costs one request for its code (plus query.ts, shared with the highlighter).
 */
export { openSearchDialog } from './dialog';
export { mountSearchPage } from './page';
