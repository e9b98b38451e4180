/**
 * The search UI loaded on first use: the dialog and the search page in one chunk, so opening
 * search costs one request for its code (plus query.ts, shared with the highlighter). The 404
 * page's suggestions use it too: they correct misspellings as search does.
 */
export { openSearchDialog } from './dialog';
export { mountSearchPage } from './page';
export { pathWords, suggestPages } from '../../lib/path-suggestions';
