/**
 * The search page (/search/?q=…), loaded when the page opens with a query, or when its input is
 * first focused. The address bar follows the search so it can be shared: the first change after
 * a committed search adds a history entry, later keystrokes replace it, and submitting commits it.
 * Back and forward re-run the search of the entry they land on.
 */
import { loadPagefind, runSearch, type SearchOutcome } from './engine';
import type { FilterCounts, PagefindModule } from './pagefind';
import { buildFilters, countMessage, el, renderListItems, selectedFilters, setFilters, showCounts } from './render';
import { isActive, readState, sameState, writeState, type FilterKey, type SearchState } from './query';

const PAGE_SIZE = 10;
const ANNOUNCE_AFTER_MS = 500;

/** History entries this page creates while the reader types are drafts until submitted. */
interface EntryState { searchDraft?: boolean }

export async function mountSearchPage(root: HTMLElement): Promise<void> {
  if (root.dataset['mounted']) return;
  root.dataset['mounted'] = '';
  const bundle = root.dataset['bundle'] ?? '/pagefind/';
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('.search-status');
  const results = root.querySelector<HTMLElement>('.search-page-results');
  if (!form || !input || !status || !results) return;

  const filterBox = el('div', 'search-filters');
  filterBox.setAttribute('role', 'group');
  filterBox.setAttribute('aria-label', 'Filters');
  filterBox.hidden = true;
  form.append(filterBox);
  const list = el('ol', 'search-results-list');
  const moreButton = el('button', 'search-more', 'More results');
  moreButton.type = 'button';
  moreButton.hidden = true;
  results.replaceChildren(list, moreButton);

  let selects = new Map<FilterKey, HTMLSelectElement>();
  let pagefind: PagefindModule;
  let outcome: SearchOutcome | undefined;
  let seq = 0;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const current = (): SearchState => ({ query: input.value, filters: selectedFilters(selects) });

  const apply = (state: SearchState) => {
    input.value = state.query;
    setFilters(selects, state.filters);
  };

  const record = (commit: boolean) => {
    const url = location.pathname + writeState(current());
    const draft = (history.state as EntryState | null)?.searchDraft === true;
    if (draft || (url === location.pathname + location.search && !commit)) history.replaceState({ searchDraft: !commit }, '', url);
    else history.pushState({ searchDraft: !commit }, '', url);
  };

  const run = async () => {
    const mine = ++seq;
    const state = current();
    clearTimeout(announceTimer);
    if (!isActive(state)) {
      outcome = undefined;
      list.replaceChildren();
      moreButton.hidden = true;
      status.textContent = '';
      showCounts(selects, undefined);
      return;
    }
    let found: SearchOutcome | undefined;
    try {
      found = await runSearch(pagefind, state.query, state.filters, PAGE_SIZE, () => mine === seq);
    } catch {
      if (mine === seq) status.textContent = 'The search failed. Reload the page to try again.';
      return;
    }
    if (!found || mine !== seq) return;
    outcome = found;
    list.replaceChildren(...renderListItems(found.pages));
    list.dataset['query'] = state.query;
    moreButton.hidden = found.total <= found.pages.length;
    showCounts(selects, found.counts);
    announceTimer = setTimeout(() => { status.textContent = countMessage(found.total, state); }, ANNOUNCE_AFTER_MS);
  };

  let filterCounts: FilterCounts;
  try {
    pagefind = await loadPagefind(bundle);
    filterCounts = await pagefind.filters();
  } catch {
    const link = el('a', undefined, 'A–Z index');
    link.href = root.dataset['index'] ?? '../a-z/';
    status.replaceChildren('Search could not be loaded. Every page and section is listed in the ', link, '.');
    return;
  }

  // The filters come first here: the address may name some, and they must exist to be set.
  selects = buildFilters(filterBox, filterCounts, 'search-page');
  filterBox.hidden = selects.size === 0;

  // The address wins over whatever the browser restored into the form, except while typing.
  const fromUrl = readState(location.search);
  if (isActive(fromUrl) || document.activeElement !== input) apply(fromUrl);
  else if (!sameState(fromUrl, current())) record(false);
  await run();

  input.addEventListener('input', () => { record(false); void run(); });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) { record(false); void run(); }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    record(true);
    void run();
  });
  addEventListener('popstate', () => {
    apply(readState(location.search));
    void run();
  });
  moreButton.addEventListener('click', async () => {
    if (!outcome) return;
    const before = list.children.length;
    const pages = await outcome.more(PAGE_SIZE);
    list.append(...renderListItems(pages));
    moreButton.hidden = list.children.length >= outcome.total;
    list.children[before]?.querySelector('a')?.focus();
  });
}
