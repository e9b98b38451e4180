/**
 * The search dialog, loaded the first time a reader opens search. A native modal <dialog> holds a
 * combobox input, a Filters button (the filter selects load when it is first pressed) and a
 * listbox of results. Focus stays in the input: the arrow keys move the active option
 * (aria-activedescendant), Enter opens it; Escape closes the dialog (src/client/layers.ts) and
 * focus returns to whatever opened it. The search itself — loading, debounce, late replies, what
 * is said — is the session's (session.ts), shared with the search page.
 *
 * It uses its space: a new query lists FIRST_SHOWN results, each a page with at most two of its
 * sections, their titles from the index's map and the excerpts of the first EXCERPTS records
 * fetched; more load as the list scrolls to its end. Empty, it offers the reader's recent
 * searches (kept in this browser only) and a few examples of what search understands.
 *
 * Enter acts on the query in the input only: while the list still answers an earlier query (the
 * new one's results are on their way), Enter waits for them.
 */
import type { PageHit, SearchOutcome } from './engine';
import { EXAMPLE_QUERIES } from './examples';
import { rememberSearch, recentSearches } from './recent';
import {
  buildFilters,
  el,
  renderOptions,
  SEARCH_TEXT,
  selectedFilters,
  showCounts,
} from './render';
import { SearchSession } from './session';
import { isActive, writeState, type FilterKey, type SearchState } from './query';
import { showModalLayer } from '../layers';

export interface DialogConfig {
  /** Base-path URL of the Pagefind bundle, "/csto/pagefind/". */
  bundle: string;
  /** The search page, "/csto/search/". */
  searchPage: string;
  /** The A–Z list, offered when search cannot load. */
  index: string;
  /** The folder of the search lexicon's files, "/csto/search/". */
  lexicon: string;
}

/** Results listed for a new query: more than a phone's screen holds, so the list fills it. */
const FIRST_SHOWN = 8;
/** Records whose excerpts are fetched for a new query: each costs a request (about 0.5 KiB). */
const EXCERPTS = 3;
/** Results added each time the list is scrolled to its end, up to MAX_SHOWN. */
const BATCH = 8;
const MAX_SHOWN = 32;
const ID = 'search-dialog';

class SearchDialog {
  readonly dialog = el('dialog', 'search-dialog');
  private readonly form = el('form', 'search-dialog-form');
  private readonly input = el('input', 'search-input');
  private readonly filterBox = el('div', 'search-filters');
  private readonly filterToggle = el('button', 'search-filter-toggle', SEARCH_TEXT.filters);
  private readonly correction = el('p', 'search-correction');
  private readonly status = el('p', 'search-status');
  private readonly empty = el('div', 'search-empty');
  private readonly sentinel = el('div', 'search-sentinel');
  private readonly moreButton = el('button', 'search-more', SEARCH_TEXT.moreResults);
  private readonly listbox = el('div', 'search-results');
  private readonly allLink = el('a', 'search-all', SEARCH_TEXT.openSearchPage);
  private readonly session: SearchSession;
  private selects = new Map<FilterKey, HTMLSelectElement>();
  private options: HTMLAnchorElement[] = [];
  private active = -1;
  private opener: HTMLElement | null = null;
  /** The search on screen, and how many of its results are listed. */
  private outcome: SearchOutcome | undefined;
  private shownCount = 0;
  private loadingMore = false;
  /** Enter was pressed while the results of the query typed were still loading. */
  private enterPending = false;
  /** The search of the query typed failed (the status says so). */
  private searchFailed = false;

  constructor(private readonly config: DialogConfig) {
    this.session = new SearchSession(
      config,
      {
        results: (pages, outcome, state, complete) => this.show(pages, outcome, state, complete),
        cleared: () => this.clear(),
        status: (message) => this.status.replaceChildren(...message),
        correction: (note) => {
          this.correction.hidden = !note;
          this.correction.replaceChildren(...(note ?? []));
        },
        failed: () => {
          this.searchFailed = true;
          this.settleEnter();
        },
      },
      { first: FIRST_SHOWN, excerpts: EXCERPTS }
    );
    this.build();
    document.body.append(this.dialog);
    void this.load();
  }

  private build() {
    const { dialog, form, input, filterBox, status, listbox, allLink } = this;
    dialog.setAttribute('aria-labelledby', `${ID}-title`);
    dialog.dataset['pagefindIgnore'] = 'all';

    const title = el('h2', 'sr-only', SEARCH_TEXT.title);
    title.id = `${ID}-title`;

    form.setAttribute('role', 'search');
    form.action = this.config.searchPage;
    form.method = 'get';
    const bar = el('div', 'search-bar');
    const label = el('label', 'sr-only', SEARCH_TEXT.label);
    input.id = `${ID}-input`;
    label.htmlFor = input.id;
    Object.assign(input, {
      type: 'text',
      name: 'q',
      autocomplete: 'off',
      spellcheck: false,
      // Short enough to show whole in a 320 px wide dialog.
      placeholder: SEARCH_TEXT.placeholder,
    });
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', `${ID}-listbox`);
    input.setAttribute('aria-describedby', `${ID}-keys`);
    input.setAttribute('enterkeyhint', 'go');
    const close = el('button', 'search-close', SEARCH_TEXT.close);
    close.type = 'button';
    bar.append(label, input, close);
    filterBox.hidden = true;
    filterBox.id = `${ID}-filters`;
    filterBox.setAttribute('role', 'group');
    filterBox.setAttribute('aria-label', SEARCH_TEXT.filters);
    const { filterToggle } = this;
    filterToggle.type = 'button';
    filterToggle.setAttribute('aria-expanded', 'false');
    filterToggle.setAttribute('aria-controls', filterBox.id);
    const tools = el('div', 'search-tools');
    tools.append(filterToggle, this.correction);
    this.correction.hidden = true;
    form.append(bar, tools, filterBox);

    status.id = `${ID}-status`;
    status.setAttribute('role', 'status');

    listbox.id = `${ID}-listbox`;
    listbox.setAttribute('role', 'listbox');
    listbox.setAttribute('aria-label', SEARCH_TEXT.results);
    listbox.hidden = true;

    const footer = el('div', 'search-footer');
    const keys = el('p', 'search-keys', SEARCH_TEXT.keys);
    keys.id = `${ID}-keys`;
    allLink.href = this.config.searchPage;
    footer.append(keys, allLink);

    this.sentinel.setAttribute('aria-hidden', 'true');
    const frame = el('div', 'search-frame');
    this.moreButton.type = 'button';
    this.moreButton.hidden = true;
    this.moreButton.addEventListener('click', () => void this.loadMore());
    frame.append(title, form, status, this.empty, listbox, this.moreButton, footer);
    dialog.append(frame);
    this.renderEmpty();

    input.addEventListener('input', () => {
      this.enterPending = false; // typing on after Enter: the reader has not chosen yet
      this.update();
    });
    filterToggle.addEventListener('click', () => void this.toggleFilters());
    this.correction.addEventListener('click', (event) => {
      if (!(event.target as Element).closest('button')) return;
      this.input.focus();
      this.session.searchAsTyped();
    });
    // An example or a recent search fills the input and searches it.
    this.empty.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-query]');
      if (!button) return;
      this.input.value = button.dataset['query'] ?? '';
      this.input.focus();
      this.update();
    });
    // More results load as the reader scrolls to the end of the list (a list that does not scroll
    // has the More results button), so nothing is fetched that would not be seen.
    new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && listbox.scrollTop > 0) void this.loadMore();
      },
      { root: listbox }
    ).observe(this.sentinel);
    input.addEventListener('keydown', (event) => this.onKey(event));
    form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) this.update();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      rememberSearch(this.input.value);
      location.assign(this.config.searchPage + writeState(this.state()));
    });
    close.addEventListener('click', () => this.dialog.close());
    // A click on the backdrop lands on the <dialog> itself; the frame covers the rest of it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('close', () => {
      if (this.opener?.isConnected) this.opener.focus();
      this.opener = null;
    });
    listbox.addEventListener('click', (event) => {
      const option = (event.target as Element).closest('[role="option"]');
      if (!option) return;
      rememberSearch(this.input.value);
      if (!(event as MouseEvent).ctrlKey && !(event as MouseEvent).metaKey) this.dialog.close();
    });
  }

  /** Recent searches (this browser's) and examples, shown while the input is empty. */
  private renderEmpty() {
    const group = (title: string, queries: readonly string[], note?: string) => {
      const section = el('section', 'search-empty-group');
      const heading = el('h3', 'search-empty-title', title);
      const list = el('ul', 'search-empty-list');
      for (const query of queries) {
        const button = el('button', 'search-suggestion', query);
        button.type = 'button';
        button.dataset['query'] = query;
        const item = el('li');
        item.append(button);
        list.append(item);
      }
      section.append(heading, list);
      if (note) section.append(el('p', 'search-empty-note', note));
      return section;
    };
    const recent = recentSearches();
    this.empty.replaceChildren(
      ...(recent.length > 0 ? [group(SEARCH_TEXT.recent, recent)] : []),
      group(SEARCH_TEXT.try, EXAMPLE_QUERIES, SEARCH_TEXT.tryNote)
    );
  }

  private async load() {
    if (!this.engineReady() && !this.session.failed) this.status.textContent = SEARCH_TEXT.loading;
    const engine = await this.session.start();
    if (engine && this.status.textContent === SEARCH_TEXT.loading) this.status.textContent = '';
  }

  private engineReady(): boolean {
    return this.session.engine !== undefined;
  }

  /** Shows or hides the filters; their values are fetched the first time. */
  private async toggleFilters() {
    const open = this.filterToggle.getAttribute('aria-expanded') !== 'true';
    this.filterToggle.setAttribute('aria-expanded', String(open));
    this.filterBox.hidden = !open;
    const engine = this.session.engine;
    if (!open || this.selects.size > 0 || !engine) return;
    try {
      this.selects = buildFilters(this.filterBox, await engine.pagefind.filters(), ID);
      this.selects.values().next().value?.focus();
      showCounts(this.selects, this.outcome?.counts);
    } catch {
      this.filterBox.textContent = SEARCH_TEXT.filtersFailed;
    }
  }

  open(opener: HTMLElement | null) {
    if (!this.dialog.open) {
      this.opener = opener;
      this.renderEmpty();
      showModalLayer(this.dialog); // Escape closes it (src/client/layers.ts)
    }
    this.input.focus();
    this.input.select();
  }

  private state(): SearchState {
    return { query: this.input.value, filters: selectedFilters(this.selects) };
  }

  private update() {
    const state = this.state();
    this.allLink.href = this.config.searchPage + writeState(state);
    // Until this search is in, the list on screen does not answer it.
    delete this.listbox.dataset['complete'];
    this.searchFailed = false;
    // The count of an earlier query must not stand beside this one's results.
    if (!this.session.failed && this.status.textContent !== SEARCH_TEXT.loading)
      this.status.textContent = '';
    this.empty.hidden = isActive(state);
    this.session.search(state);
  }

  private clear() {
    this.outcome = undefined;
    this.listbox.replaceChildren();
    delete this.listbox.dataset['query'];
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.options = [];
    this.setActive(-1);
    this.moreButton.hidden = true;
    if (!this.session.failed && this.status.textContent !== SEARCH_TEXT.loading)
      this.status.textContent = '';
    this.empty.hidden = this.session.failed;
    this.renderEmpty();
    if (this.enterPending) queueMicrotask(() => this.settleEnter());
  }

  private hasMore(): boolean {
    return this.outcome !== undefined && this.shownCount < Math.min(this.outcome.total, MAX_SHOWN);
  }

  /**
   * "More results" shows when there are more and the list does not scroll: a list that scrolls
   * loads more as its end comes into view (and the arrow keys near its end), so the button would
   * only take a line from the results.
   */
  private showMoreButton(complete: boolean) {
    const scrolls = this.listbox.scrollHeight > this.listbox.clientHeight + 1;
    this.moreButton.hidden = !complete || !this.hasMore() || scrolls;
  }

  /** Loads the next results of the search on screen (scrolled to the end, or More results). */
  private async loadMore() {
    if (!this.outcome || this.loadingMore || !this.hasMore() || this.listbox.hidden) return;
    this.loadingMore = true;
    try {
      const pages = await this.session.more(BATCH, BATCH);
      if (!pages || pages.length === 0) return;
      const before = this.options.length;
      this.shownCount += pages.length;
      this.sentinel.before(...renderOptions(pages, `${ID}-option`, before));
      this.options = [...this.listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
      this.showMoreButton(true);
    } finally {
      this.loadingMore = false;
    }
  }

  /**
   * Puts results on screen. `complete` is false while only the entities are shown (Pagefind's
   * results are on their way); the listbox says which query its results answer (tests, benchmark).
   */
  private show(
    pages: PageHit[],
    outcome: SearchOutcome | undefined,
    state: SearchState,
    complete: boolean
  ) {
    const same = this.listbox.dataset['query'] === state.query;
    const keep = same ? this.active : -1;
    const scrolled = same ? this.listbox.scrollTop : 0;
    if (complete) {
      this.outcome = outcome;
      this.shownCount = pages.length;
    }
    this.listbox.replaceChildren(...renderOptions(pages, `${ID}-option`), this.sentinel);
    this.listbox.dataset['query'] = state.query;
    if (complete) this.listbox.dataset['complete'] = state.query;
    else delete this.listbox.dataset['complete'];
    this.listbox.setAttribute('aria-busy', String(!complete));
    this.listbox.scrollTop = scrolled;
    this.options = [...this.listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
    this.listbox.hidden = this.options.length === 0;
    this.empty.hidden = true;
    this.input.setAttribute('aria-expanded', String(this.options.length > 0));
    this.setActive(Math.min(keep, this.options.length - 1));
    this.showMoreButton(complete);
    if (!complete) return;
    showCounts(this.selects, outcome?.counts);
    if (this.enterPending) queueMicrotask(() => this.settleEnter());
  }

  private setActive(index: number) {
    this.active = index;
    this.options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const option = this.options[index];
    if (option) {
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  /** Whether the list on screen holds the results of the query in the input. */
  private answersInput(): boolean {
    return this.listbox.dataset['complete'] === this.input.value || !isActive(this.state());
  }

  /**
   * Acts on a pending Enter once the list answers the query typed: opens the active option (the
   * first when none is), or the search page when there is none or search failed.
   */
  private settleEnter() {
    if (!this.enterPending || !this.dialog.open) return;
    const failed = this.session.failed || this.searchFailed;
    if (!failed && !this.answersInput()) return;
    this.enterPending = false;
    const option = failed ? undefined : this.options[Math.max(this.active, 0)];
    if (!option) {
      this.form.requestSubmit();
      return;
    }
    rememberSearch(this.input.value);
    this.dialog.close();
    option.click();
  }

  private onKey(event: KeyboardEvent) {
    if (event.isComposing) return;
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
        if (!count) return;
        event.preventDefault();
        this.setActive((this.active + 1) % count);
        if (this.active >= count - 2) void this.loadMore();
        break;
      case 'ArrowUp':
        if (!count) return;
        event.preventDefault();
        this.setActive(this.active <= 0 ? count - 1 : this.active - 1);
        break;
      case 'Enter':
        event.preventDefault();
        this.enterPending = true;
        this.settleEnter(); // or show() does, once the results of this query are in
        break;
    }
  }
}

let instance: SearchDialog | undefined;

/** Opens the dialog, creating it (and starting to load search) the first time. */
export function openSearchDialog(config: DialogConfig, opener: HTMLElement | null): void {
  instance ??= new SearchDialog(config);
  instance.open(opener);
}
