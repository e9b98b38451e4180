/**
 * Builds the DOM for results and filters, shared by the dialog and the search page. Excerpts come
 * from Pagefind as text with <mark> around matched words; only those two things are kept.
 */
import type { FilterCounts } from './pagefind';
import type { PageHit } from './engine';
import { FILTER_KEYS, type FilterKey, type SearchState } from './query';
import { SEARCH_KINDS } from '../../lib/search/kinds';
import { clientSearch as en } from '../../i18n/en-search';
import { clientSearch as ru } from '../../i18n/ru-search';
import { forPage } from '../page-lang';

/** The search interface's words in the page's language. */
export const SEARCH_TEXT = forPage({ en, ru });
const FILTER_TEXT: Record<FilterKey, { label: string; any: string }> = SEARCH_TEXT.filter;

export function kindLabel(kind: string | undefined): string {
  return kind ? (SEARCH_TEXT.kinds[kind] ?? kind) : '';
}

/** Pagefind's excerpt as safe nodes: text, and <mark> for matched words. */
function excerptNodes(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html; // inert: nothing in a template runs or loads
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(node.textContent ?? '');
    }
  }
  return out;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The longest query a message repeats in full; longer ones are cut, with an ellipsis. */
const QUOTED_MAX = 60;

/** The query as a message quotes it: trimmed, and cut at QUOTED_MAX characters (whole code points). */
export function quotedQuery(query: string): string {
  const chars = [...query.trim().replace(/\s+/g, ' ')];
  return chars.length > QUOTED_MAX
    ? `${chars.slice(0, QUOTED_MAX).join('').trimEnd()}…`
    : chars.join('');
}

/** "12 results for “Kiev”", "No results for …", "5 results in State profile". */
export function countMessage(total: number, state: SearchState): string {
  const query = state.query.trim() ? quotedQuery(state.query) : '';
  const active = FILTER_KEYS.filter((key) => state.filters[key]).map((key) =>
    key === 'kind' ? kindLabel(state.filters[key]) : state.filters[key]
  );
  return SEARCH_TEXT.count(total, query, active.join(', '));
}

/**
 * One <select> per filter, filled from the index's filter values. Values are sorted (kinds in the
 * site's order, years newest first) and labelled with their counts once a search has run.
 */
export function buildFilters(
  container: HTMLElement,
  available: FilterCounts,
  idPrefix: string
): Map<FilterKey, HTMLSelectElement> {
  const selects = new Map<FilterKey, HTMLSelectElement>();
  container.replaceChildren();
  for (const key of FILTER_KEYS) {
    const values = Object.keys(available[key] ?? {});
    if (values.length === 0) continue;
    const order: readonly string[] = SEARCH_KINDS;
    values.sort(
      key === 'kind'
        ? (a, b) => rank(order, a) - rank(order, b)
        : key === 'year'
          ? (a, b) => b.localeCompare(a)
          : (a, b) => a.localeCompare(b)
    );
    const wrap = el('div', 'search-filter');
    const label = el('label', 'search-filter-label', FILTER_TEXT[key].label);
    const select = el('select');
    select.id = `${idPrefix}-${key}`;
    select.name = key;
    label.htmlFor = select.id;
    select.append(new Option(FILTER_TEXT[key].any, ''));
    for (const value of values) {
      const option = new Option(key === 'kind' ? kindLabel(value) : value, value);
      option.dataset['label'] = option.text;
      select.append(option);
    }
    wrap.append(label, select);
    container.append(wrap);
    selects.set(key, select);
  }
  return selects;
}

function rank(order: readonly string[], value: string): number {
  const at = order.indexOf(value);
  return at === -1 ? order.length : at;
}

/**
 * Shows, beside each filter value, how many results the current query has under it; a value with
 * none is hidden (unless it is the one chosen), so no choice leads to an empty list.
 */
export function showCounts(
  selects: Map<FilterKey, HTMLSelectElement>,
  counts: FilterCounts | undefined
): void {
  for (const [key, select] of selects) {
    // With a value chosen, the counts of the others are narrowed by it (Pagefind ANDs filters), so
    // they say nothing about switching to them: those are shown plain.
    const chosen = select.value !== '';
    for (const option of select.options) {
      if (!option.value) continue;
      // Pagefind leaves out the values no result has: those count 0.
      const n =
        chosen && !option.selected
          ? undefined
          : counts?.[key]
            ? (counts[key][option.value] ?? 0)
            : undefined;
      const label = option.dataset['label'] ?? option.value;
      option.text = n === undefined ? label : `${label} (${n})`;
      const empty = n === 0 && !option.selected;
      option.hidden = empty;
      option.disabled = empty;
    }
  }
}

/** "Showing results for Kazakhstan; search instead for [Kazakstan]" (the last part a button). */
export function correctionNote(corrected: string, typed: string): (string | Node)[] {
  const instead = el('button', 'search-instead', typed);
  instead.type = 'button';
  return [SEARCH_TEXT.showingFor, el('em', undefined, corrected), SEARCH_TEXT.insteadFor, instead];
}

/** Reads the selects into a filter selection. */
export function selectedFilters(
  selects: Map<FilterKey, HTMLSelectElement>
): SearchState['filters'] {
  const filters: SearchState['filters'] = {};
  for (const [key, select] of selects) if (select.value) filters[key] = select.value;
  return filters;
}

/** Sets the selects from a state; a value the index does not have is added so it stays visible. */
export function setFilters(
  selects: Map<FilterKey, HTMLSelectElement>,
  filters: SearchState['filters']
): void {
  for (const [key, select] of selects) {
    const value = filters[key] ?? '';
    if (value && ![...select.options].some((o) => o.value === value))
      select.append(new Option(value, value));
    select.value = value;
  }
}

/**
 * A result as a group of listbox options (the dialog): the page first, then its sections. Each
 * option is a real link, so a click, a middle-click or "open in new tab" all work.
 */
export function renderOptions(pages: PageHit[], idPrefix: string, start = 0): HTMLElement[] {
  let n = start;
  return pages.map((page) => {
    const group = el('div', page.entity ? 'search-group search-group-entity' : 'search-group');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', page.title);
    const main = option(
      `${idPrefix}-${n++}`,
      page.url,
      'search-option search-option-page',
      page.title,
      page.excerpt,
      kindLabel(page.kind)
    );
    group.append(main);
    for (const section of page.sections) {
      group.append(
        option(
          `${idPrefix}-${n++}`,
          section.url,
          'search-option search-option-section',
          section.title,
          section.excerpt
        )
      );
    }
    return group;
  });
}

/** An option: title (and kind) above the excerpt; its accessible name is all of its text. */
function option(
  id: string,
  href: string,
  className: string,
  title: string,
  excerpt: string,
  kind = ''
): HTMLAnchorElement {
  const link = el('a', className);
  link.id = id;
  link.href = href;
  link.tabIndex = -1;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  const head = el('span', 'search-option-head');
  head.append(el('span', 'search-option-title', title));
  if (kind) head.append(el('span', 'search-kind', kind));
  link.append(head);
  if (excerpt) {
    const excerptEl = el('span', 'search-excerpt');
    excerptEl.append(excerptNodes(excerpt));
    link.append(excerptEl);
  }
  return link;
}

/** A result as a list item with links (the search page): page title, excerpt, matching sections. */
export function renderListItems(pages: PageHit[]): HTMLLIElement[] {
  return pages.map((page) => {
    const item = el('li', 'search-result');
    const title = el('h2', 'search-result-title');
    const link = el('a', undefined, page.title);
    link.href = page.url;
    title.append(link);
    item.append(title);
    if (page.kind) item.append(el('p', 'search-kind', kindLabel(page.kind)));
    if (page.excerpt) {
      const excerpt = el('p', 'search-excerpt');
      excerpt.append(excerptNodes(page.excerpt));
      item.append(excerpt);
    }
    if (page.sections.length) {
      const list = el('ul', 'search-result-sections');
      list.setAttribute('aria-label', SEARCH_TEXT.sectionsOf(page.title));
      for (const section of page.sections) {
        const li = el('li');
        const a = el('a', undefined, section.title);
        a.href = section.url;
        li.append(a);
        if (section.excerpt) {
          const sub = el('p', 'search-excerpt');
          sub.append(excerptNodes(section.excerpt));
          li.append(sub);
        }
        list.append(li);
      }
      item.append(list);
    }
    return item;
  });
}
