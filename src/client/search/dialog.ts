/**
 * The search dialog, loaded the first time a reader opens search. A native modal <dialog> holds a
 * combobox input, a Filters button (the filter selects load when it is first pressed) and a
 * listbox of results. Focus stays in the input: the arrow keys move the active option
 * (aria-activedescendant), Enter opens it, Escape closes the dialog and focus returns to whatever
 * opened it. Counts are announced in a polite live region once typing pauses.
 *
 * Enter acts on the query in the input only: while the list still answers an earlier query (the
 * new one's results are on their way), Enter waits for them. Replies to a superseded query are
 * dropped (each search has a sequence number; only the latest one may touch the screen).
 *
 * What each keystroke costs: the entities the query names show at once (they need no fetch);
 * Pagefind's pages follow once typing pauses for FRAGMENT_DELAY_MS, for the query still current,
 * and only as many as are about to be shown: more load as the list scrolls to its end.
 */
import {
  entityHits,
  loadEngine,
  runSearch,
  type PageHit,
  type SearchEngine,
  type SearchOutcome,
} from './engine';
import type { FilterCounts } from './pagefind';
import {
  buildFilters,
  correctionNote,
  countMessage,
  el,
  renderOptions,
  selectedFilters,
  showCounts,
} from './render';
import { isActive, writeState, type FilterKey, type SearchState } from './query';
import { showModalLayer } from '../layers';

export interface DialogConfig {
  /** Base-path URL of the Pagefind bundle, "/csto/pagefind/". */
  bundle: string;
  /** The search page, "/csto/search/". */
  searchPage: string;
  /** The A–Z list, offered when search cannot load. */
  index: string;
  /** The folder of the search lexicon's entities.json and vocabulary.json, "/csto/search/". */
  lexicon: string;
}

/** Results fetched for a new query: about what the dialog shows without scrolling. */
const FIRST_SHOWN = 3;
/** Results added each time the list is scrolled to its end, up to MAX_SHOWN. */
const BATCH = 4;
const MAX_SHOWN = 16;
/** A pause this long ends a burst of typing; a query typed past meanwhile fetches nothing. */
const FRAGMENT_DELAY_MS = 80;
const ANNOUNCE_AFTER_MS = 500;
const ID = 'search-dialog';

class SearchDialog {
  readonly dialog = el('dialog', 'search-dialog');
  private readonly form = el('form', 'search-dialog-form');
  private readonly input = el('input', 'search-input');
  private readonly filterBox = el('div', 'search-filters');
  private readonly filterToggle = el('button', 'search-filter-toggle', 'Filters');
  private readonly correction = el('p', 'search-correction');
  private readonly status = el('p', 'search-status');
  private readonly sentinel = el('div', 'search-sentinel');
  private readonly moreButton = el('button', 'search-more', 'More results');
  private readonly listbox = el('div', 'search-results');
  private readonly allLink = el('a', 'search-all', 'Open on the search page');
  private selects = new Map<FilterKey, HTMLSelectElement>();
  private options: HTMLAnchorElement[] = [];
  private active = -1;
  private seq = 0;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private opener: HTMLElement | null = null;
  private engine: SearchEngine | undefined;
  /** The filter counts of the results on screen. */
  private counts: FilterCounts | undefined;
  private failed = false;
  /** The search on screen, its results so far, and whether more are loading. */
  private outcome: SearchOutcome | undefined;
  private shown: PageHit[] = [];
  private loadingMore = false;
  /** The query the reader asked to search as typed ("search instead for"). */
  private exactQuery: string | undefined;
  /** Enter was pressed while the results of the query typed were still loading. */
  private enterPending = false;

  constructor(private readonly config: DialogConfig) {
    this.build();
    document.body.append(this.dialog);
    void this.load();
  }

  private build() {
    const { dialog, form, input, filterBox, status, listbox, allLink } = this;
    dialog.setAttribute('aria-labelledby', `${ID}-title`);
    dialog.dataset['pagefindIgnore'] = 'all';

    const title = el('h2', 'sr-only', 'Search the explainer');
    title.id = `${ID}-title`;

    form.setAttribute('role', 'search');
    form.action = this.config.searchPage;
    form.method = 'get';
    const bar = el('div', 'search-bar');
    const label = el('label', 'sr-only', 'Search');
    input.id = `${ID}-input`;
    label.htmlFor = input.id;
    Object.assign(input, {
      type: 'text',
      name: 'q',
      autocomplete: 'off',
      spellcheck: false,
      placeholder: 'Search states, people, events, terms…',
    });
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', `${ID}-listbox`);
    input.setAttribute('aria-describedby', `${ID}-keys`);
    input.setAttribute('enterkeyhint', 'go');
    const close = el('button', 'search-close', 'Close');
    close.type = 'button';
    bar.append(label, input, close);
    filterBox.hidden = true;
    filterBox.id = `${ID}-filters`;
    filterBox.setAttribute('role', 'group');
    filterBox.setAttribute('aria-label', 'Filters');
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
    listbox.setAttribute('aria-label', 'Search results');
    listbox.hidden = true;

    const footer = el('div', 'search-footer');
    const keys = el('p', 'search-keys', '↑ ↓ to choose, Enter to open, Esc to close');
    keys.id = `${ID}-keys`;
    allLink.href = this.config.searchPage;
    footer.append(keys, allLink);

    this.sentinel.setAttribute('aria-hidden', 'true');
    const frame = el('div', 'search-frame');
    this.moreButton.type = 'button';
    this.moreButton.hidden = true;
    this.moreButton.addEventListener('click', () => void this.loadMore());
    frame.append(title, form, status, listbox, this.moreButton, footer);
    dialog.append(frame);

    input.addEventListener('input', () => {
      this.enterPending = false; // typing on after Enter: the reader has not chosen yet
      void this.update();
    });
    filterToggle.addEventListener('click', () => void this.toggleFilters());
    this.correction.addEventListener('click', (event) => {
      if (!(event.target as Element).closest('button')) return;
      this.exactQuery = this.input.value;
      this.input.focus();
      void this.update();
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
      if (event.target instanceof HTMLSelectElement) void this.update();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
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
      if (option && !(event as MouseEvent).ctrlKey && !(event as MouseEvent).metaKey)
        this.dialog.close();
    });
  }

  private async load() {
    try {
      this.engine = await loadEngine(this.config.bundle, this.config.lexicon);
      // Whatever was typed while search loaded runs at once.
      if (isActive(this.state())) await this.update();
      else if (this.status.textContent === 'Loading search…') this.status.textContent = '';
    } catch {
      this.failed = true;
      this.showFailure();
      this.settleEnter();
    }
  }

  /** Shows or hides the filters; their values are fetched the first time. */
  private async toggleFilters() {
    const open = this.filterToggle.getAttribute('aria-expanded') !== 'true';
    this.filterToggle.setAttribute('aria-expanded', String(open));
    this.filterBox.hidden = !open;
    if (!open || this.selects.size > 0 || !this.engine) return;
    try {
      this.selects = buildFilters(this.filterBox, await this.engine.pagefind.filters(), ID);
      this.selects.values().next().value?.focus();
      // The counts need the filter index just loaded: search again.
      await this.update();
    } catch {
      this.filterBox.textContent = 'The filters could not be loaded.';
    }
  }

  private showFailure() {
    const link = el('a', undefined, 'A–Z index');
    link.href = this.config.index;
    this.status.replaceChildren(
      'Search could not be loaded. Every page and section is listed in the ',
      link,
      '.'
    );
  }

  open(opener: HTMLElement | null) {
    if (!this.dialog.open) {
      this.opener = opener;
      showModalLayer(this.dialog); // Escape closes it (src/client/layers.ts)
    }
    if (!this.engine && !this.failed) this.status.textContent = 'Loading search…';
    this.input.focus();
    this.input.select();
  }

  private state(): SearchState {
    return { query: this.input.value, filters: selectedFilters(this.selects) };
  }

  private async update() {
    const seq = ++this.seq;
    const current = () => seq === this.seq;
    const state = this.state();
    this.allLink.href = this.config.searchPage + writeState(state);
    if (this.failed) return; // the failure stays said (showFailure), whatever is typed
    if (!isActive(state)) {
      this.outcome = undefined;
      this.show([], undefined, state, true);
      return;
    }
    if (!this.engine) return; // load() runs the search once search is ready
    if (this.exactQuery !== undefined && this.exactQuery !== state.query)
      this.exactQuery = undefined;
    const exact = this.exactQuery !== undefined;
    // Until this search is in, the list on screen does not answer it (the same words under other
    // filters, or searched as typed, find other results).
    delete this.listbox.dataset['complete'];
    // The entities the query names are on screen at once; Pagefind's pages once typing pauses.
    const instant = entityHits(this.engine, state.query, state.filters, exact);
    if (instant.length > 0) this.show(instant, undefined, state, false);
    try {
      const outcome = await runSearch(this.engine, state.query, state.filters, exact);
      if (!current()) return;
      // A corrected word can name an entity the instant reading (without the vocabulary) missed.
      if (outcome.entities.length > 0 && !sameTitles(outcome.entities, instant))
        this.show(outcome.entities, outcome, state, false);
      await new Promise((resolve) => setTimeout(resolve, FRAGMENT_DELAY_MS));
      if (!current()) return;
      const pages = await outcome.more(FIRST_SHOWN, false);
      if (!current()) return;
      this.outcome = outcome;
      this.show(pages, outcome, state, true);
    } catch {
      // A fragment that failed to load (a new deploy, a dropped connection): say so, keep the input.
      if (!current()) return;
      this.showFailure();
      if (this.enterPending) {
        this.enterPending = false;
        this.form.requestSubmit(); // the search page may fare better
      }
    }
  }

  private hasMore(): boolean {
    return (
      this.outcome !== undefined && this.shown.length < Math.min(this.outcome.total, MAX_SHOWN)
    );
  }

  /** Loads the next results of the search on screen (scrolled to the end, or More results). */
  private async loadMore() {
    const { outcome } = this;
    if (!outcome || this.loadingMore || !this.hasMore() || this.listbox.hidden) return;
    const seq = this.seq;
    this.loadingMore = true;
    try {
      const pages = await outcome.more(BATCH, false);
      if (seq !== this.seq || pages.length === 0) return;
      this.shown.push(...pages);
      const before = this.options.length;
      this.sentinel.before(...renderOptions(pages, `${ID}-option`, before));
      this.options = [...this.listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
      this.moreButton.hidden = !this.hasMore();
    } catch {
      // Scrolling on shows nothing more; the search page lists everything.
    } finally {
      this.loadingMore = false;
    }
  }

  /**
   * Puts results on screen. `complete` is false while only the entities are shown (Pagefind's
   * pages are on their way); the listbox says which query its results answer (tests, benchmark).
   */
  private show(
    pages: PageHit[],
    outcome: SearchOutcome | undefined,
    state: SearchState,
    complete: boolean
  ) {
    const keep = this.listbox.dataset['query'] === state.query ? this.active : -1;
    this.shown = [...pages];
    this.listbox.replaceChildren(...renderOptions(pages, `${ID}-option`), this.sentinel);
    this.listbox.dataset['query'] = state.query;
    if (complete) this.listbox.dataset['complete'] = state.query;
    else delete this.listbox.dataset['complete'];
    if (complete && this.enterPending) queueMicrotask(() => this.settleEnter());
    this.listbox.setAttribute('aria-busy', String(!complete));
    this.options = [...this.listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
    this.listbox.hidden = this.options.length === 0;
    this.input.setAttribute('aria-expanded', String(this.options.length > 0));
    this.setActive(Math.min(keep, this.options.length - 1));
    this.moreButton.hidden = !complete || !this.hasMore();
    clearTimeout(this.announceTimer);
    if (!outcome && !complete) return; // the entities alone, before Pagefind answers
    this.showCorrection(outcome, state);
    this.counts = outcome?.counts;
    showCounts(this.selects, this.counts);
    // The count of an earlier query must not stand beside these results.
    if (this.status.textContent !== 'Loading search…') this.status.textContent = '';
    if (!outcome || !complete) return;
    const more = outcome.total > pages.length ? ` Showing the first ${pages.length}.` : '';
    this.announceTimer = setTimeout(() => {
      this.status.textContent = countMessage(outcome.total, state) + more;
    }, ANNOUNCE_AFTER_MS);
  }

  /** "Showing results for Kazakhstan; search instead for Kazakstan", when a word was corrected. */
  private showCorrection(outcome: SearchOutcome | undefined, state: SearchState) {
    const corrected = outcome?.corrected;
    this.correction.hidden = !corrected;
    this.correction.replaceChildren(
      ...(corrected ? correctionNote(corrected, state.query.trim()) : [])
    );
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

  /** Whether the list on screen holds all the results of the query in the input. */
  private answersInput(): boolean {
    return this.listbox.dataset['complete'] === this.input.value || !isActive(this.state());
  }

  /**
   * Acts on a pending Enter once the list answers the query typed: opens the active option (the
   * first when none is), or the search page when there is none or search failed.
   */
  private settleEnter() {
    if (!this.enterPending || !this.dialog.open) return;
    if (!this.failed && !this.answersInput()) return;
    this.enterPending = false;
    const option = this.failed ? undefined : this.options[Math.max(this.active, 0)];
    if (!option) {
      this.form.requestSubmit();
      return;
    }
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

function sameTitles(a: PageHit[], b: PageHit[]): boolean {
  return a.length === b.length && a.every((hit, i) => hit.url === b[i]?.url);
}

let instance: SearchDialog | undefined;

/** Opens the dialog, creating it (and starting to load Pagefind) the first time. */
export function openSearchDialog(config: DialogConfig, opener: HTMLElement | null): void {
  instance ??= new SearchDialog(config);
  instance.open(opener);
}
