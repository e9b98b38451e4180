/**
 * The "⋯" toggle of each heading's controls on touch screens (content.css shows it only there,
 * and only with JavaScript): it opens that heading's anchor, "Copy link" and "Cite" just below
 * it, and closes them again; one heading's controls are open at a time, and Escape or a tap
 * elsewhere closes them (src/client/layers.ts). Set up by <article-tools> (src/client/article-tools.ts).
 */
import { openLayer } from './layers';
import { onAbort } from './site-element';

/** Makes the "⋯" toggles inside `root` work, until `signal` aborts. */
export function enhanceHeadingTools(root: HTMLElement, signal: AbortSignal): void {
  /** The heading controls now open, if any. */
  let openTools: HTMLElement | undefined;
  let releaseLayer: (() => void) | undefined;

  const setOpen = (tools: HTMLElement | undefined) => {
    if (openTools && openTools !== tools) {
      openTools.removeAttribute('data-open');
      openTools.querySelector('.heading-tools-toggle')?.setAttribute('aria-expanded', 'false');
    }
    releaseLayer?.();
    releaseLayer = undefined;
    openTools = tools;
    if (tools) {
      tools.setAttribute('data-open', '');
      tools.querySelector('.heading-tools-toggle')?.setAttribute('aria-expanded', 'true');
      releaseLayer = openLayer(tools, () => {
        const inside = tools.contains(document.activeElement);
        setOpen(undefined);
        if (inside) tools.querySelector<HTMLElement>('.heading-tools-toggle')?.focus();
      });
    }
  };
  onAbort(signal, () => releaseLayer?.());

  // On the document: a tap anywhere else closes the open controls.
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target as Element | null;
      const toggle = target?.closest<HTMLButtonElement>('.heading-tools-toggle');
      if (toggle && root.contains(toggle)) {
        const tools = toggle.closest<HTMLElement>('.heading-tools') ?? undefined;
        setOpen(tools === openTools ? undefined : tools);
      } else if (openTools && !openTools.contains(target)) {
        setOpen(undefined);
      }
    },
    { signal }
  );
}
