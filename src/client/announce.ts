/**
 * Short status messages for screen readers ("Link copied", "3 of 37 events"), said through the one
 * polite live region every page has (rendered by src/layouts/Base.astro, so it is in the page
 * before anything is said: a region added by a script just before its first message is often not
 * heard). A page without it says nothing.
 */
let frame = 0;

export function announce(message: string): void {
  const region = document.querySelector<HTMLElement>('[data-live-region]');
  if (!region) return;
  region.textContent = '';
  // A fresh text node in a later frame makes screen readers announce a repeated message too; a
  // message sent within that frame replaces the one before it.
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(() => {
    region.textContent = message;
  });
}
