/**
 * The one lifecycle of the site's custom elements. Each enhancement is a custom element that
 * extends SiteElement and sets itself up in `setUp(signal)`: every listener it adds — on itself,
 * on the document, on the window — passes `{ signal }`, and anything else that must stop (an
 * observer, a timer, an element it added to the page) is stopped from `signal`'s abort event.
 * The signal aborts when the element leaves the page, and a new one is made when it comes back,
 * so a reconnected element never binds a listener twice and a removed one leaves nothing behind.
 *
 *   class TimelineFilter extends SiteElement {
 *     protected setUp(signal: AbortSignal) {
 *       this.querySelector('select')?.addEventListener('change', update, { signal });
 *     }
 *   }
 *
 * Things that open over the page and close on Escape register with src/client/layers.ts.
 */
export abstract class SiteElement extends HTMLElement {
  #stop: AbortController | undefined;

  connectedCallback(): void {
    this.#stop?.abort();
    this.#stop = new AbortController();
    this.setUp(this.#stop.signal);
  }

  disconnectedCallback(): void {
    this.#stop?.abort();
    this.#stop = undefined;
  }

  /** Enhances the element; everything it starts stops when `signal` aborts. */
  protected abstract setUp(signal: AbortSignal): void;
}

/** Runs `stop` when `signal` aborts (at once if it already has). */
export function onAbort(signal: AbortSignal, stop: () => void): void {
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop, { once: true });
}
