/**
 * The search UI loaded on first use: the dialog and the search page in one chunk, so opening
 * search costs one request for its code (src/build/own-copies.ts keeps it one file).
 */
export { openSearchDialog } from './dialog';
export { mountSearchPage } from './page';
