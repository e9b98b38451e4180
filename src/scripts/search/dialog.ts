/**
 * The search dialog, loaded the first time a reader opens search. A native modal <dialog> holds a
 * combobox input, filter selects and a listbox of results. Focus stays in the input: the arrow
 * keys move the active option (aria-activedescendant), Enter opens it, Escape closes the dialog
 * and focus returns to whatever opened it. Results render on every keystroke; stale answers are
 * dropped. Counts are announced in a polite live region once typing pauses.
 */
import { loadPagefind, runSearch, type SearchOutcome } from './engine';
import type { FilterCounts, PagefindModule } from './pagefind';
import { buildFilters, countMessage, el, renderOptions, selectedFilters, showCounts } from './render';
import { isActive, writeState, type FilterKey, type SearchState } from './query';

export interface DialogConfig {
  /** Base-path URL of the Pagefind bundle, "/csto/pagefind/". */
  bundle: string;
  /** The search page, "/csto/search/". */
  searchPage: string;
  /** The A–Z list, offered when search cannot load. */
  index: string;
}

const RESULTS_SHOWN = 8;
const ANNOUNCE_AFTER_MS = 500;
const ID = 'search-dialog';

class SearchDialog {
  readonly dialog = el('dialog', 'search-dialog');
  private readonly form = el('form', 'search-dialog-form');
  private readonly input = el('input', 'search-input');
  private readonly filterBox = el('div', 'search-filters');
  private readonly status = el('p', 'search-status');
  private readonly listbox = el('div', 'search-results');
  private readonly allLink = el('a', 'search-all', 'Open on the search page');
  private selects = new Map<FilterKey, HTMLSelectElement>();
  private options: HTMLAnchorElement[] = [];
  private active = -1;
  private seq = 0;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private opener: HTMLElement | null = null;
  private pagefind: PagefindModule | undefined;
  /** The filter counts of the results on screen. */
  private counts: FilterCounts | undefined;
  private failed = false;

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
    Object.assign(input, { type: 'text', name: 'q', autocomplete: 'off', spellcheck: false, placeholder: 'Search states, people, events, terms…' });
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
    filterBox.setAttribute('role', 'group');
    filterBox.setAttribute('aria-label', 'Filters');
    form.append(bar, filterBox);

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

    const frame = el('div', 'search-frame');
    frame.append(title, form, status, listbox, footer);
    dialog.append(frame);

    input.addEventListener('input', () => void this.update());
    input.addEventListener('keydown', (event) => this.onKey(event));
    form.addEventListener('change', (event) => { if (event.target instanceof HTMLSelectElement) void this.update(); });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      location.assign(this.config.searchPage + writeState(this.state()));
    });
    close.addEventListener('click', () => this.dialog.close());
    // A click on the backdrop lands on the <dialog> itself; the frame covers the rest of it.
    dialog.addEventListener('click', (event) => { if (event.target === dialog) dialog.close(); });
    dialog.addEventListener('close', () => {
      if (this.opener?.isConnected) this.opener.focus();
      this.opener = null;
    });
    listbox.addEventListener('click', (event) => {
      const option = (event.target as Element).closest('[role="option"]');
      if (option && !(event as MouseEvent).ctrlKey && !(event as MouseEvent).metaKey) this.dialog.close();
    });
  }

  private async load() {
    try {
      this.pagefind = await loadPagefind(this.config.bundle);
      // Whatever was typed while Pagefind loaded runs at once; the filter lists follow.
      const filters = this.pagefind.filters();
      if (isActive(this.state())) await this.update();
      else if (this.status.textContent === 'Loading search…') this.status.textContent = '';
      this.selects = buildFilters(this.filterBox, await filters, ID);
      this.filterBox.hidden = this.selects.size === 0;
      showCounts(this.selects, this.counts);
    } catch {
      this.failed = true;
      this.showFailure();
    }
  }

  private showFailure() {
    const link = el('a', undefined, 'A–Z index');
    link.href = this.config.index;
    this.status.replaceChildren('Search could not be loaded. Every page and section is listed in the ', link, '.');
  }

  open(opener: HTMLElement | null) {
    if (!this.dialog.open) {
      this.opener = opener;
      this.dialog.showModal();
    }
    if (!this.pagefind && !this.failed) this.status.textContent = 'Loading search…';
    this.input.focus();
    this.input.select();
  }

  private state(): SearchState {
    return { query: this.input.value, filters: selectedFilters(this.selects) };
  }

  private async update() {
    const seq = ++this.seq;
    const state = this.state();
    this.allLink.href = this.config.searchPage + writeState(state);
    if (!isActive(state)) {
      this.show(undefined, state);
      return;
    }
    if (!this.pagefind) return; // load() runs the search once Pagefind is ready
    try {
      const outcome = await runSearch(this.pagefind, state.query, state.filters, RESULTS_SHOWN, () => seq === this.seq);
      if (outcome && seq === this.seq) this.show(outcome, state);
    } catch {
      // A fragment that failed to load (a new deploy, a dropped connection): say so, keep the input.
      if (seq === this.seq) this.showFailure();
    }
  }

  private show(outcome: SearchOutcome | undefined, state: SearchState) {
    const pages = outcome?.pages ?? [];
    this.listbox.replaceChildren(...renderOptions(pages, `${ID}-option`));
    this.listbox.dataset['query'] = state.query; // which query these results answer (tests, benchmark)
    this.options = [...this.listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
    this.listbox.hidden = this.options.length === 0;
    this.input.setAttribute('aria-expanded', String(this.options.length > 0));
    this.setActive(-1);
    this.counts = outcome?.counts;
    showCounts(this.selects, this.counts);
    clearTimeout(this.announceTimer);
    if (!outcome) {
      this.status.textContent = '';
      return;
    }
    const more = outcome.total > pages.length ? ` Showing the first ${pages.length}.` : '';
    this.announceTimer = setTimeout(() => { this.status.textContent = countMessage(outcome.total, state) + more; }, ANNOUNCE_AFTER_MS);
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

  private onKey(event: KeyboardEvent) {
    if (event.isComposing) return;
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
        if (!count) return;
        event.preventDefault();
        this.setActive((this.active + 1) % count);
        break;
      case 'ArrowUp':
        if (!count) return;
        event.preventDefault();
        this.setActive(this.active <= 0 ? count - 1 : this.active - 1);
        break;
      case 'Enter': {
        const option = this.options[Math.max(this.active, 0)];
        if (!option) return; // no results yet: the form goes to the search page
        event.preventDefault();
        this.dialog.close();
        option.click();
        break;
      }
      case 'Escape':
        event.preventDefault();
        this.dialog.close();
        break;
    }
  }
}

let instance: SearchDialog | undefined;

/** Opens the dialog, creating it (and starting to load Pagefind) the first time. */
export function openSearchDialog(config: DialogConfig, opener: HTMLElement | null): void {
  instance ??= new SearchDialog(config);
  instance.open(opener);
}
