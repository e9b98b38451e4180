/**
 * The "⋯" toggle of each heading's controls on touch screens (content.css shows it only there,
 * and only with JavaScript): it opens that heading's anchor, "Copy link" and "Cite" just below
 * it, and closes them again; one heading's controls are open at a time, and Escape or a tap
 * elsewhere closes them. Set up by <article-tools> (src/client/article-tools.ts).
 */

/** Makes the "⋯" toggles inside `root` work, until `signal` aborts. */
export function enhanceHeadingTools(root: HTMLElement, signal: AbortSignal): void {
  /** The heading controls now open, if any. */
  let openTools: HTMLElement | undefined;

  const setOpen = (tools: HTMLElement | undefined) => {
    if (openTools && openTools !== tools) {
      openTools.removeAttribute('data-open');
      openTools.querySelector('.heading-tools-toggle')?.setAttribute('aria-expanded', 'false');
    }
    openTools = tools;
    if (tools) {
      tools.setAttribute('data-open', '');
      tools.querySelector('.heading-tools-toggle')?.setAttribute('aria-expanded', 'true');
    }
  };

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

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !openTools) return;
      const toggle = openTools.querySelector<HTMLElement>('.heading-tools-toggle');
      const inside = openTools.contains(document.activeElement);
      setOpen(undefined);
      if (inside) toggle?.focus();
    },
    { signal }
  );
}
