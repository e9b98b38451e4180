/**
 * A translated quotation's note (src/components/Q.astro) opens on a press of its "en" mark with
 * no script at all — a native popover. This adds the hover: a mouse resting on the mark shows the
 * original, and leaving the mark and the note hides it again, unless the reader pressed the mark.
 */
const SHOW_AFTER_MS = 250;
const HIDE_AFTER_MS = 300;

export function enhanceQuoteNotes(root: HTMLElement, signal: AbortSignal): void {
  let timer: number | undefined;
  let hovered: HTMLElement | undefined;
  const noteOf = (target: EventTarget | null) => {
    const mark = (target as Element | null)?.closest?.<HTMLButtonElement>('.q-mark');
    const id = mark?.getAttribute('popovertarget');
    return id ? document.getElementById(id) : undefined;
  };
  const inside = (target: EventTarget | null) =>
    !!(target as Element | null)?.closest?.('.q-mark, .q-note');
  root.addEventListener(
    'pointerover',
    (event) => {
      if (event.pointerType !== 'mouse') return;
      const note = noteOf(event.target);
      if (inside(event.target)) clearTimeout(timer);
      if (!note || note.matches(':popover-open')) return;
      timer = window.setTimeout(() => {
        note.showPopover();
        hovered = note;
      }, SHOW_AFTER_MS);
    },
    { signal }
  );
  root.addEventListener(
    'pointerout',
    (event) => {
      if (event.pointerType !== 'mouse' || inside(event.relatedTarget)) return;
      clearTimeout(timer);
      const note = hovered;
      timer = window.setTimeout(() => {
        if (note?.matches(':popover-open')) note.hidePopover();
        hovered = undefined;
      }, HIDE_AFTER_MS);
    },
    { signal }
  );
  // A press keeps the note open: it is the reader's now, not the hover's.
  root.addEventListener(
    'click',
    (event) => {
      if (!noteOf(event.target)) return;
      clearTimeout(timer);
      if (hovered && noteOf(event.target) === hovered) {
        hovered = undefined;
        event.preventDefault(); // already open by hover: the press keeps it open
      }
    },
    { signal }
  );
}
