/**
 * Citation tooltips on touch screens. Hover and focus show a marker's tooltip by CSS alone; a tap
 * would follow the link at once, so on touch the first tap on a marker opens its tooltip and a
 * second tap on the same marker follows the link. A tap elsewhere, or Escape, closes it; Escape
 * also hides a tooltip shown by hover or focus until the pointer or focus leaves (WCAG 1.4.13).
 * Set up by <article-tools> (src/client/article-tools.ts) for the markers inside it.
 */
const OPEN = 'is-open';
const DISMISSED = 'is-dismissed';

function close(except?: Element): void {
  for (const open of document.querySelectorAll(`.cite-group.${OPEN}`))
    if (open !== except) open.classList.remove(OPEN);
}

/** Makes the citation markers inside `root` work on touch screens, until `signal` aborts. */
export function enhanceCiteTips(root: HTMLElement, signal: AbortSignal): void {
  let lastPointer = '';
  document.addEventListener(
    'pointerdown',
    (event) => {
      lastPointer = event.pointerType;
    },
    { capture: true, signal }
  );

  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('.cite-ref');
      const group = link?.closest('.cite-group');
      if (!link || !group) {
        close();
        return;
      }
      if (lastPointer !== 'touch' || group.classList.contains(OPEN)) return;
      event.preventDefault();
      close(group);
      group.classList.add(OPEN);
    },
    { signal }
  );

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape') return;
      close();
      for (const shown of root.querySelectorAll('.cite-group:hover, .cite-group:focus-within'))
        shown.classList.add(DISMISSED);
    },
    { signal }
  );

  const undismiss = (event: Event) =>
    (event.target as Element | null)?.closest?.('.cite-group')?.classList.remove(DISMISSED);
  root.addEventListener('focusout', undismiss, { signal });
  root.addEventListener('mouseout', undismiss, { signal });
}
