/**
 * The citation popover itself, loaded by src/client/cite-tips.ts the first time a reader reaches
 * for a marker (so pages carry none of this until then). One native `popover="auto"` element for
 * the page: Escape and a click or tap outside close it (closing returns focus to the marker when
 * focus was inside); it sits in the top layer, so no scrolling table clips it. It is filled for
 * each marker from the page's sources list (References.astro) — the references it cites and what
 * each cited paragraph says — and kept inside the viewport from 320 px up: beside the marker on
 * wide screens, a bottom sheet on narrow ones. While open it is a layer (src/client/layers.ts), so
 * Escape closes it before anything opened earlier, such as "Cite this page" or the folded contents.
 */
import { openLayer } from './layers';
import { clientTools as en } from '../i18n/en';
import { clientTools as ru } from '../i18n/ru';
import { forPage } from './page-lang';

const TEXT = forPage({ en, ru });

const NARROW = '(max-width: 40rem)';
const GAP = 6;
const MARGIN = 8;
const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 300;

export interface CitePopover {
  /** A click, a tap, Enter or Space on a marker: open it (focus inside), or close it if open. */
  activate(marker: HTMLAnchorElement): void;
  /** A mouse came to rest on a marker or on the popover. */
  hover(marker: HTMLAnchorElement | undefined): void;
  /** A mouse left a marker or the popover, for `to`. */
  leave(to: Element | null): void;
}

export function citePopover(
  root: HTMLElement,
  list: HTMLElement,
  signal: AbortSignal
): CitePopover {
  const popover = document.createElement('div');
  popover.id = 'cite-popover';
  popover.className = 'cite-popover';
  popover.popover = 'auto';
  popover.tabIndex = -1;
  popover.setAttribute('role', 'dialog');
  popover.setAttribute('aria-labelledby', 'cite-popover-title');
  root.append(popover);
  signal.addEventListener('abort', () => popover.remove());

  let current: HTMLAnchorElement | undefined;
  let releaseLayer: (() => void) | undefined;
  let byHover = false;
  let hoverTimer: number | undefined;
  const clearHover = () => window.clearTimeout(hoverTimer);
  const isOpen = () => popover.matches(':popover-open');

  const open = (marker: HTMLAnchorElement, focus: boolean) => {
    clearHover();
    if (current === marker && isOpen()) {
      if (focus) {
        byHover = false;
        popover.focus();
      }
      return;
    }
    if (isOpen()) popover.hidePopover();
    fill(popover, marker, list);
    current = marker;
    byHover = !focus;
    marker.setAttribute('aria-expanded', 'true');
    try {
      // `source` ties the popover to its marker: Tab from inside it goes on to the marker's neighbours.
      (popover.showPopover as (options?: { source?: HTMLElement }) => void)({ source: marker });
    } catch {
      popover.showPopover();
    }
    place(popover, marker);
    releaseLayer = openLayer(popover, () => popover.hidePopover());
    if (focus) popover.focus({ preventScroll: true });
  };

  popover.addEventListener(
    'beforetoggle',
    (event) => {
      if ((event as ToggleEvent).newState !== 'closed' || !current) return;
      releaseLayer?.();
      releaseLayer = undefined;
      const marker = current;
      const active = document.activeElement;
      const focusInside = !active || active === document.body || popover.contains(active);
      marker.setAttribute('aria-expanded', 'false');
      current = undefined;
      if (focusInside) queueMicrotask(() => marker.focus({ preventScroll: true }));
    },
    { signal }
  );
  popover.addEventListener(
    'click',
    (event) => {
      if ((event.target as Element | null)?.closest('.cite-popover-close')) popover.hidePopover();
    },
    { signal }
  );
  window.addEventListener(
    'resize',
    () => {
      if (current && isOpen()) place(popover, current);
    },
    { signal }
  );

  return {
    activate(marker) {
      if (current === marker && !byHover && isOpen()) popover.hidePopover();
      else open(marker, true);
    },
    hover(marker) {
      clearHover();
      if (!marker || (current === marker && isOpen())) return;
      hoverTimer = window.setTimeout(() => open(marker, false), HOVER_OPEN_MS);
    },
    leave(to) {
      if (to && (popover.contains(to) || to === current)) return;
      clearHover();
      if (!byHover) return;
      // A preview closes when the mouse has left both; a popover opened on purpose stays.
      hoverTimer = window.setTimeout(() => {
        if (byHover && isOpen()) popover.hidePopover();
      }, HOVER_CLOSE_MS);
    },
  };
}

/**
 * Fills the popover for one marker: for each account it cites, each printing's reference and the
 * cited paragraphs' entries, copied from the sources list.
 */
function fill(popover: HTMLElement, marker: HTMLAnchorElement, list: HTMLElement): void {
  const n = marker.textContent?.trim() ?? '';
  const bar = element('div', 'cite-popover-bar');
  const title = element('p', 'cite-popover-title');
  title.id = 'cite-popover-title';
  title.textContent = TEXT.popoverTitle(n);
  const close = element('button', 'cite-popover-close');
  close.setAttribute('type', 'button');
  close.setAttribute('aria-label', TEXT.close);
  close.textContent = '×';
  bar.append(title, close);

  const groups = new Map<Element, HTMLElement>();
  for (const raw of (marker.dataset.cite ?? '').split(/\s+/).filter(Boolean)) {
    const [source = '', paragraphs = ''] = raw.split(':');
    const printing = list.querySelector(`.printing[data-source="${CSS.escape(source)}"]`);
    const account = printing?.closest('.account');
    if (!printing || !account) continue;
    let group = groups.get(account);
    if (!group) groups.set(account, (group = element('div', 'cite-popover-group')));
    const ref = printing.querySelector('.printing-ref');
    if (ref) group.append(ref.cloneNode(true));
    const entries = element('ul', 'cited-paragraphs');
    for (const n of numbers(paragraphs)) {
      const entry = printing.querySelector(`[data-p="${CSS.escape(`${source}:${n}`)}"]`);
      if (entry) entries.append(withGist(entry));
    }
    group.append(entries);
  }

  const more = element('p', 'cite-popover-more');
  const note = element('a');
  note.setAttribute('href', `#note-${n}`);
  note.textContent = TEXT.allNotes;
  more.append(note);
  popover.replaceChildren(bar, ...groups.values(), more);
}

/**
 * A copy of a sources-list entry. On a source's own page the list points to the paragraph guide
 * above instead of repeating what the paragraph says: the popover copies it from there.
 */
function withGist(entry: Element): Node {
  const copy = entry.cloneNode(true) as Element;
  const above = copy.querySelector('.gist-above');
  const guide = copy.querySelector('a')?.getAttribute('href') ?? '';
  const gist =
    guide.startsWith('#') &&
    document.getElementById(guide.slice(1))?.querySelector('.paragraph-gist');
  if (above && gist) {
    above.className = 'gist';
    above.textContent = gist.textContent;
  }
  return copy;
}

/** "3,5-7" → [3, 5, 6, 7]. */
function numbers(runs: string): number[] {
  return runs.split(',').flatMap((run) => {
    const [from = 0, to = from] = run.split('-').map(Number);
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  });
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  return el;
}

/**
 * Beside the marker on wide screens — below it, or above when there is more room there — kept
 * inside the viewport and clear of the sticky header; on narrow screens a bottom sheet (CSS), with
 * the page scrolled so the marker stays in view above it.
 */
function place(popover: HTMLElement, marker: HTMLElement): void {
  const marks = marker.getBoundingClientRect();
  const viewWidth = document.documentElement.clientWidth;
  const viewHeight = window.innerHeight;
  if (window.matchMedia(NARROW).matches) {
    for (const property of ['left', 'top', 'max-block-size'])
      popover.style.removeProperty(property);
    const sheetTop = viewHeight - popover.offsetHeight;
    if (marks.bottom > sheetTop - MARGIN)
      window.scrollBy({ top: marks.bottom - sheetTop + MARGIN * 2, behavior: 'instant' });
    return;
  }
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const top = Math.max(MARGIN, header + MARGIN);
  const roomBelow = viewHeight - MARGIN - (marks.bottom + GAP);
  const roomAbove = marks.top - GAP - top;
  popover.style.removeProperty('max-block-size');
  // Below when it fits, else above when it fits, else on the roomier side, shortened to fit there.
  const natural = popover.offsetHeight;
  const side =
    natural <= roomBelow
      ? 'below'
      : natural <= roomAbove
        ? 'above'
        : roomBelow >= roomAbove
          ? 'below'
          : 'above';
  const room = side === 'below' ? roomBelow : roomAbove;
  if (natural > room) popover.style.maxBlockSize = `${Math.floor(room)}px`;
  const width = popover.offsetWidth;
  const height = popover.offsetHeight;
  const left = clamp(marks.left + marks.width / 2 - width / 2, MARGIN, viewWidth - width - MARGIN);
  const y = side === 'below' ? marks.bottom + GAP : marks.top - GAP - height;
  popover.style.left = `${left + window.scrollX}px`;
  popover.style.top = `${y + window.scrollY}px`;
}

const clamp = (value: number, min: number, max: number) =>
  Math.min(Math.max(value, min), Math.max(min, max));
