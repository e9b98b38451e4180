/**
 * Citation markers, enhanced. Without JavaScript a marker is a link to its note at the page's foot.
 * With it, a marker is a button that opens a popover with the references it cites and what each
 * cited paragraph says (src/client/cite-popover.ts, loaded the first time a reader reaches for a
 * marker): a click, a tap, Enter or Space opens it; a mouse resting on a marker previews it.
 * Set up by <article-tools> (src/client/article-tools.ts) for the markers inside it.
 */
import type { CitePopover } from './cite-popover';

const MARKER = 'a.cite[data-cite]';

const supportsPopover = () =>
  typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/** Makes the citation markers inside `root` open popovers, until `signal` aborts. */
export function enhanceCiteTips(root: HTMLElement, signal: AbortSignal): void {
  const list = root.querySelector<HTMLElement>('.references');
  const markers = root.querySelectorAll<HTMLAnchorElement>(MARKER);
  if (!list || markers.length === 0 || !supportsPopover()) return;
  for (const marker of markers) {
    marker.setAttribute('role', 'button');
    marker.setAttribute('aria-haspopup', 'dialog');
    marker.setAttribute('aria-expanded', 'false');
    marker.setAttribute('aria-controls', 'cite-popover');
  }

  let loaded: Promise<CitePopover> | undefined;
  const popover = () =>
    (loaded ??= import('./cite-popover').then(({ citePopover }) =>
      citePopover(root, list, signal)
    ));
  const markerOf = (event: Event) =>
    (event.target as Element | null)?.closest?.<HTMLAnchorElement>(MARKER) ?? undefined;

  root.addEventListener(
    'click',
    (event) => {
      const marker = markerOf(event);
      // A modified click still opens the note (in a new tab, say), as a link does.
      if (!marker || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      void popover().then((p) => p.activate(marker));
    },
    { signal }
  );
  root.addEventListener(
    'keydown',
    (event) => {
      const marker = markerOf(event);
      if (!marker || event.key !== ' ') return;
      event.preventDefault(); // Space opens, as on any button, instead of scrolling the page
      void popover().then((p) => p.activate(marker));
    },
    { signal }
  );
  root.addEventListener(
    'pointerover',
    (event) => {
      if (event.pointerType !== 'mouse') return;
      const marker = markerOf(event);
      const onPopover = (event.target as Element | null)?.closest?.('#cite-popover');
      if (marker || (onPopover && loaded)) void popover().then((p) => p.hover(marker));
    },
    { signal }
  );
  root.addEventListener(
    'pointerout',
    (event) => {
      if (event.pointerType !== 'mouse' || !loaded) return;
      const from = event.target as Element | null;
      if (markerOf(event) || from?.closest?.('#cite-popover'))
        void loaded.then((p) => p.leave(event.relatedTarget as Element | null));
    },
    { signal }
  );
}
