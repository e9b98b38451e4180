/**
 * Escape closes the topmost open thing, and only it. Whatever opens over the page — the search
 * dialog, the menu drawer, the folded "On this page", "Cite this page", a section's citation
 * panel, a heading's controls on a touch screen — registers here while it is open, and one
 * keydown listener on the document closes the one opened last. Focus moves once: back to the
 * layer's opener when focus was inside the layer (or the layer is modal), otherwise nowhere.
 *
 * The listener runs in the bubbling phase and respects `defaultPrevented`: a control that uses
 * Escape itself (an input method, a native select's list) keeps it. Nothing else in the site
 * listens for Escape.
 *
 *   const release = openLayer(panel, () => panel.remove());  // when it opens
 *   release();                                               // when it closes by other means
 *
 * For the two common shapes, `layerForDetails` and `showModalLayer` do the bookkeeping.
 */
import { onAbort } from './site-element';

interface Layer {
  element: Element;
  close(): void;
}

const stack: Layer[] = [];

/** Registers an open layer; returns the function that unregisters it (safe to call twice). */
export function openLayer(element: Element, close: () => void): () => void {
  const layer: Layer = { element, close };
  release(element);
  stack.push(layer);
  return () => {
    const at = stack.indexOf(layer);
    if (at !== -1) stack.splice(at, 1);
  };
}

function release(element: Element): void {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.element === element) stack.splice(i, 1);
}

/**
 * The <details> layers, each with what brings it into the stack. Their toggle event comes a task
 * after they open: an Escape pressed in between still finds a just-opened one.
 */
const detailsLayers = new Map<HTMLDetailsElement, () => void>();

function onKeydown(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
  for (const [details, sync] of detailsLayers)
    if (details.open && !stack.some((layer) => layer.element === details)) sync();
  // A layer whose element has left the page closed without saying so.
  while (stack.length > 0 && !stack.at(-1)!.element.isConnected) stack.pop();
  const top = stack.pop();
  if (!top) return;
  event.preventDefault();
  top.close();
}

document.addEventListener('keydown', onKeydown);

/**
 * A <details> that closes on Escape while open; focus inside it returns to its summary.
 * Its listener goes when `signal` aborts.
 */
export function layerForDetails(details: HTMLDetailsElement, signal: AbortSignal): void {
  let releaseLayer: (() => void) | undefined;
  const sync = () => {
    if (!details.open) {
      releaseLayer?.();
      releaseLayer = undefined;
      return;
    }
    // Already in the stack (an Escape found it before its toggle event): it keeps its place.
    if (stack.some((layer) => layer.element === details)) return;
    releaseLayer = openLayer(details, () => {
      const inside = details.contains(document.activeElement);
      details.open = false;
      if (inside) details.querySelector('summary')?.focus();
    });
  };
  details.addEventListener('toggle', sync, { signal });
  detailsLayers.set(details, sync);
  onAbort(signal, () => {
    releaseLayer?.();
    detailsLayers.delete(details);
  });
  sync();
}

/**
 * Opens a modal <dialog> as a layer: Escape closes it (through dialog.close(), so its close
 * listeners run: they give focus back). Closed by any other means, it leaves the stack.
 */
export function showModalLayer(dialog: HTMLDialogElement): void {
  if (!dialog.open) dialog.showModal();
  const releaseLayer = openLayer(dialog, () => dialog.close());
  dialog.addEventListener('close', releaseLayer, { once: true });
}
