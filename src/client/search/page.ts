/**
 * The search page (/search/?q=…), loaded when the page opens with a query, or when its input is
 * first focused. The search itself — loading, debounce, late replies, what is said — is the
 * session's (session.ts), shared with the dialog; this page lists PAGE_SIZE results at a time,
 * every excerpt fetched, and keeps the search in the address.
 *
 * The address bar follows the search so it can be shared: the first change after a committed
 * search adds a history entry, later keystrokes replace it, and submitting commits it. Back and
 * forward re-run the search of the entry they land on. "More results" loads one page of results
 * at a time (a second press while one loads does nothing), for the search on screen only.
 */
import type { FilterCounts } from './pagefind';
import {
  buildFilters,
  el,
  renderListItems,
  SEARCH_TEXT,
  selectedFilters,
  setFilters,
  showCounts,
} from './render';
import { SearchSession } from './session';
import {
  isActive,
  readState,
  sameState,
  writeState,
  type FilterKey,
  type SearchState,
} from './query';

const PAGE_SIZE = 10;

/** History entries this page creates while the reader types are drafts until submitted. */
interface EntryState {
  searchDraft?: boolean;
}

export async function mountSearchPage(root: HTMLElement, signal: AbortSignal): Promise<void> {
  if (root.dataset['mounted']) return;
  root.dataset['mounted'] = '';
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('.search-status');
  const results = root.querySelector<HTMLElement>('.search-page-results');
  if (!form || !input || !status || !results) return;

  const filterBox = el('div', 'search-filters');
  filterBox.setAttribute('role', 'group');
  filterBox.setAttribute('aria-label', SEARCH_TEXT.filters);
  filterBox.hidden = true;
  form.append(filterBox);
  const correction = el('p', 'search-correction');
  correction.hidden = true;
  const list = el('ol', 'search-results-list');
  const moreButton = el('button', 'search-more', SEARCH_TEXT.moreResults);
  moreButton.type = 'button';
  moreButton.hidden = true;
  results.replaceChildren(correction, list, moreButton);

  let selects = new Map<FilterKey, HTMLSelectElement>();
  let shown = 0;
  let total = 0;
  /** The search whose next page "More results" is loading, if any. */
  let loadingMore = false;

  const session = new SearchSession(
    {
      bundle: root.dataset['bundle'] ?? '/pagefind/',
      lexicon: root.dataset['lexicon'] ?? '/search/',
      index: root.dataset['index'] ?? '../a-z/',
    },
    {
      results(pages, outcome, state, complete) {
        list.replaceChildren(...renderListItems(pages));
        list.setAttribute('aria-busy', String(!complete));
        if (!complete || !outcome) return;
        list.dataset['query'] = state.query;
        shown = pages.length;
        total = outcome.total;
        moreButton.hidden = shown >= total;
        showCounts(selects, outcome.counts);
      },
      cleared() {
        list.replaceChildren();
        delete list.dataset['query'];
        moreButton.hidden = true;
        status.textContent = '';
        showCounts(selects, undefined);
      },
      status: (message) => status.replaceChildren(...message),
      correction(note) {
        correction.hidden = !note;
        correction.replaceChildren(...(note ?? []));
      },
    },
    { first: PAGE_SIZE, excerpts: Infinity }
  );
  correction.addEventListener('click', (event) => {
    if ((event.target as Element).closest('button')) session.searchAsTyped();
  });

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

  const run = () => session.search(current());

  const engine = await session.start();
  if (!engine || signal.aborted) return;
  let filterCounts: FilterCounts;
  try {
    filterCounts = await engine.pagefind.filters();
  } catch {
    filterCounts = {};
  }

  // The filters come first here: the address may name some, and they must exist to be set.
  selects = buildFilters(filterBox, filterCounts, 'search-page');
  filterBox.hidden = selects.size === 0;

  // The address wins over whatever the browser restored into the form, except while typing.
  const fromUrl = readState(location.search);
  if (isActive(fromUrl) || document.activeElement !== input) apply(fromUrl);
  else if (!sameState(fromUrl, current())) record(false);
  run();

  input.addEventListener(
    'input',
    () => {
      record(false);
      run();
    },
    { signal }
  );
  form.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLSelectElement) {
        record(false);
        run();
      }
    },
    { signal }
  );
  form.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      record(true);
      run();
    },
    { signal }
  );
  addEventListener(
    'popstate',
    () => {
      apply(readState(location.search));
      run();
    },
    { signal }
  );
  moreButton.addEventListener(
    'click',
    async () => {
      if (loadingMore) return;
      loadingMore = true;
      moreButton.setAttribute('aria-disabled', 'true');
      const pages = await session.more(PAGE_SIZE);
      loadingMore = false;
      moreButton.removeAttribute('aria-disabled');
      if (!pages) return; // a newer search has replaced this list, or the session said it failed
      const before = list.children.length;
      shown += pages.length;
      list.append(...renderListItems(pages));
      moreButton.hidden = pages.length === 0 || shown >= total;
      list.children[before]?.querySelector('a')?.focus();
    },
    { signal }
  );
}
