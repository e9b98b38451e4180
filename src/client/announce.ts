/** One polite live region per page for short status messages ("Link copied", result counts). */
let region: HTMLElement | undefined;

export function announce(message: string): void {
  if (!region) {
    region = document.createElement('div');
    region.className = 'sr-only';
    region.setAttribute('role', 'status');
    region.dataset.pagefindIgnore = '';
    document.body.append(region);
  }
  region.textContent = '';
  // A fresh text node in a later frame makes screen readers announce a repeated message too.
  requestAnimationFrame(() => { if (region) region.textContent = message; });
}
