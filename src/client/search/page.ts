/**
 * The search page (/search/?q=…), loaded when the page opens with a query, or when its input is
 * first focused. The address bar follows the search so it can be shared: the first change after
 * a committed search adds a history entry, later keystrokes replace it, and submitting commits it.
 * Back and forward re-run the search of the entry they land on.
 *
 * Each search has a sequence number, and only the latest may touch the list: a reply to a query
 * the reader has typed past, or a page of "More results" for it, is dropped. "More results" loads
 * one page at a time (a second press while one loads does nothing).
 */
import { loadEngine, runSearch, type SearchEngine, type SearchOutcome } from './engine';
import type { FilterCounts } from './pagefind';
import {
  buildFilters,
  correctionNote,
  countMessage,
  el,
  renderListItems,
  selectedFilters,
  setFilters,
  showCounts,
} from './render';
import {
  isActive,
  readState,
  sameState,
  writeState,
  type FilterKey,
  type SearchState,
} from './query';

const PAGE_SIZE = 10;
const ANNOUNCE_AFTER_MS = 500;

/** History entries this page creates while the reader types are drafts until submitted. */
interface EntryState {
  searchDraft?: boolean;
}

export async function mountSearchPage(root: HTMLElement, signal: AbortSignal): Promise<void> {
  if (root.dataset['mounted']) return;
  root.dataset['mounted'] = '';
  const bundle = root.dataset['bundle'] ?? '/pagefind/';
  const lexicon = root.dataset['lexicon'];
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
  const correction = el('p', 'search-correction');
  correction.hidden = true;
  const list = el('ol', 'search-results-list');
  const moreButton = el('button', 'search-more', 'More results');
  moreButton.type = 'button';
  moreButton.hidden = true;
  results.replaceChildren(correction, list, moreButton);
  /** The query the reader asked to search as typed ("search instead for"). */
  let exactQuery: string | undefined;
  correction.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('button')) return;
    exactQuery = input.value;
    void run();
  });

  let selects = new Map<FilterKey, HTMLSelectElement>();
  let engine: SearchEngine;
  let shown = 0;
  let outcome: SearchOutcome | undefined;
  let seq = 0;
  /** The search whose next page "More results" is loading, if any. */
  let loadingMore: number | undefined;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const current = (): SearchState => ({ query: input.value, filters: selectedFilters(selects) });

  const apply = (state: SearchState) => {
    input.value = state.query;
    setFilters(selects, state.filters);
  };

  const record = (commit: boolean) => {
    const url = location.pathname + writeState(current());
    const draft = (history.state as EntryState | null)?.searchDraft === true;
    if (draft || (url === location.pathname + location.search && !commit))
      history.replaceState({ searchDraft: !commit }, '', url);
    else history.pushState({ searchDraft: !commit }, '', url);
  };

  const run = async () => {
    const mine = ++seq;
    const state = current();
    clearTimeout(announceTimer);
    if (exactQuery !== undefined && exactQuery !== state.query) exactQuery = undefined;
    if (!isActive(state)) {
      outcome = undefined;
      correction.hidden = true;
      list.replaceChildren();
      moreButton.hidden = true;
      status.textContent = '';
      showCounts(selects, undefined);
      return;
    }
    let found: SearchOutcome;
    let pages;
    try {
      found = await runSearch(engine, state.query, state.filters, exactQuery !== undefined);
      if (mine !== seq) return;
      pages = await found.more(PAGE_SIZE);
    } catch {
      if (mine === seq) status.textContent = 'The search failed. Reload the page to try again.';
      return;
    }
    if (mine !== seq) return;
    outcome = found;
    shown = pages.length;
    correction.hidden = !found.corrected;
    correction.replaceChildren(
      ...(found.corrected ? correctionNote(found.corrected, state.query.trim()) : [])
    );
    list.replaceChildren(...renderListItems(pages));
    list.dataset['query'] = state.query;
    moreButton.hidden = found.total <= pages.length;
    showCounts(selects, found.counts);
    announceTimer = setTimeout(() => {
      status.textContent = countMessage(found.total, state);
    }, ANNOUNCE_AFTER_MS);
  };

  let filterCounts: FilterCounts;
  try {
    engine = await loadEngine(bundle, lexicon);
    filterCounts = await engine.pagefind.filters();
  } catch {
    const link = el('a', undefined, 'A–Z index');
    link.href = root.dataset['index'] ?? '../a-z/';
    status.replaceChildren(
      'Search could not be loaded. Every page and section is listed in the ',
      link,
      '.'
    );
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

  input.addEventListener('input', () => {
    record(false);
    void run();
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) {
      record(false);
      void run();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    record(true);
    void run();
  });
  addEventListener(
    'popstate',
    () => {
      apply(readState(location.search));
      void run();
    },
    { signal }
  );
  moreButton.addEventListener('click', async () => {
    const mine = seq;
    const found = outcome;
    if (!found || loadingMore === mine) return;
    loadingMore = mine;
    moreButton.setAttribute('aria-disabled', 'true');
    let pages;
    try {
      pages = await found.more(PAGE_SIZE);
    } catch {
      pages = undefined;
    } finally {
      if (loadingMore === mine) loadingMore = undefined;
    }
    if (mine !== seq || found !== outcome) return; // a newer search has replaced this list
    moreButton.removeAttribute('aria-disabled');
    if (!pages) {
      status.textContent = 'More results could not be loaded. Reload the page to try again.';
      return;
    }
    const before = list.children.length;
    shown += pages.length;
    list.append(...renderListItems(pages));
    moreButton.hidden = pages.length === 0 || shown >= found.total;
    list.children[before]?.querySelector('a')?.focus();
  });
}
