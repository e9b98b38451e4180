/**
 * Citation popovers. Without JavaScript a marker is a link to its note at the page's foot. With it,
 * activating a marker — a click, a tap, Enter or Space — opens one popover beside it (a bottom sheet
 * on narrow screens) with the references it cites and what each cited paragraph says, copied from
 * the page's own sources list (References.astro): nothing is written twice in the HTML. A mouse
 * resting on a marker previews it. The popover is a native `popover="auto"`: Escape and a click or
 * tap outside close it; closing returns focus to the marker when focus was inside. It sits in the
 * top layer, so no scrolling table clips it, and is kept inside the viewport from 320 px up.
 * Set up by <article-tools> (src/client/article-tools.ts) for the markers inside it.
 */
const NARROW = '(max-width: 40rem)';
const GAP = 6;
const MARGIN = 8;
const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 300;

const supportsPopover = () =>
  typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/** Makes the citation markers inside `root` open popovers, until `signal` aborts. */
export function enhanceCiteTips(root: HTMLElement, signal: AbortSignal): void {
  const list = root.querySelector<HTMLElement>('.references');
  const markers = [...root.querySelectorAll<HTMLAnchorElement>('a.cite[data-cite]')];
  if (!list || markers.length === 0 || !supportsPopover()) return;

  const popover = document.createElement('div');
  popover.id = 'cite-popover';
  popover.className = 'cite-popover';
  popover.popover = 'auto';
  popover.tabIndex = -1;
  popover.setAttribute('role', 'dialog');
  popover.setAttribute('aria-labelledby', 'cite-popover-title');
  root.append(popover);
  signal.addEventListener('abort', () => popover.remove());

  for (const marker of markers) {
    marker.setAttribute('role', 'button');
    marker.setAttribute('aria-haspopup', 'dialog');
    marker.setAttribute('aria-expanded', 'false');
    marker.setAttribute('aria-controls', popover.id);
  }

  let current: HTMLAnchorElement | undefined;
  let byHover = false;
  let hoverTimer: number | undefined;
  const clearHover = () => window.clearTimeout(hoverTimer);

  const open = (marker: HTMLAnchorElement, { focus }: { focus: boolean }) => {
    clearHover();
    if (current === marker && popover.matches(':popover-open')) {
      if (focus) {
        byHover = false;
        popover.focus();
      }
      return;
    }
    if (popover.matches(':popover-open')) popover.hidePopover();
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
    if (focus) popover.focus({ preventScroll: true });
  };

  popover.addEventListener(
    'beforetoggle',
    (event) => {
      if ((event as ToggleEvent).newState !== 'closed' || !current) return;
      const marker = current;
      const active = document.activeElement;
      const focusInside = !active || active === document.body || popover.contains(active);
      marker.setAttribute('aria-expanded', 'false');
      current = undefined;
      if (focusInside) queueMicrotask(() => marker.focus({ preventScroll: true }));
    },
    { signal }
  );

  root.addEventListener(
    'click',
    (event) => {
      const target = event.target as Element | null;
      if (target?.closest('.cite-popover-close')) {
        popover.hidePopover();
        return;
      }
      const marker = target?.closest<HTMLAnchorElement>('a.cite[data-cite]');
      if (!marker || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      if (current === marker && !byHover && popover.matches(':popover-open')) popover.hidePopover();
      else open(marker, { focus: true });
    },
    { signal }
  );

  root.addEventListener(
    'keydown',
    (event) => {
      const marker = (event.target as Element | null)?.closest<HTMLAnchorElement>(
        'a.cite[data-cite]'
      );
      if (!marker || event.key !== ' ') return;
      event.preventDefault(); // Space opens, as on any button, instead of scrolling the page
      open(marker, { focus: true });
    },
    { signal }
  );

  // A mouse resting on a marker previews it; leaving both closes a preview (never a pinned one).
  const leave = () => {
    clearHover();
    if (!byHover) return;
    hoverTimer = window.setTimeout(() => {
      if (byHover && popover.matches(':popover-open')) popover.hidePopover();
    }, HOVER_CLOSE_MS);
  };
  root.addEventListener(
    'pointerover',
    (event) => {
      if (event.pointerType !== 'mouse') return;
      const target = event.target as Element | null;
      if (target && popover.contains(target)) {
        clearHover();
        return;
      }
      const marker = target?.closest<HTMLAnchorElement>('a.cite[data-cite]');
      if (!marker) return;
      clearHover();
      if (current === marker && popover.matches(':popover-open')) return;
      hoverTimer = window.setTimeout(() => open(marker, { focus: false }), HOVER_OPEN_MS);
    },
    { signal }
  );
  root.addEventListener(
    'pointerout',
    (event) => {
      if (event.pointerType !== 'mouse') return;
      const from = event.target as Element | null;
      const to = event.relatedTarget as Element | null;
      const inside = (node: Element | null) =>
        !!node && (popover.contains(node) || node === current);
      if (from?.closest('a.cite[data-cite]') || (from && popover.contains(from)))
        if (!inside(to)) leave();
    },
    { signal }
  );

  window.addEventListener(
    'resize',
    () => {
      if (current && popover.matches(':popover-open')) place(popover, current);
    },
    { signal }
  );
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
  title.textContent = `Sources, note ${n}`;
  const close = element('button', 'cite-popover-close');
  close.setAttribute('type', 'button');
  close.setAttribute('aria-label', 'Close');
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
      if (entry) entries.append(entry.cloneNode(true));
    }
    group.append(entries);
  }

  const more = element('p', 'cite-popover-more');
  const note = element('a');
  note.setAttribute('href', `#note-${n}`);
  note.textContent = 'All sources and notes on this page';
  more.append(note);
  popover.replaceChildren(bar, ...groups.values(), more);
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
    popover.style.removeProperty('left');
    popover.style.removeProperty('top');
    const sheetTop = viewHeight - popover.offsetHeight;
    if (marks.bottom > sheetTop - MARGIN)
      window.scrollBy({ top: marks.bottom - sheetTop + MARGIN * 2, behavior: 'instant' });
    return;
  }
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const top = Math.max(MARGIN, header + MARGIN);
  const width = popover.offsetWidth;
  const height = popover.offsetHeight;
  const left = clamp(marks.left + marks.width / 2 - width / 2, MARGIN, viewWidth - width - MARGIN);
  const below = marks.bottom + GAP;
  const above = marks.top - GAP - height;
  const y =
    below + height <= viewHeight - MARGIN
      ? below
      : above >= top
        ? above
        : clamp(below, top, viewHeight - MARGIN - height);
  popover.style.left = `${left + window.scrollX}px`;
  popover.style.top = `${y + window.scrollY}px`;
}

const clamp = (value: number, min: number, max: number) =>
  Math.min(Math.max(value, min), Math.max(min, max));
