/**
 * <article-tools> (around the article's content in src/layouts/Base.astro) enhances the controls
 * that repeat through the content: each heading's Copy link, Cite and "⋯" toggle, the citation
 * markers' tooltips on touch screens, a translated quotation's original on hover, and "Cite this
 * page". One element, so there is one place where they start and one where they stop: every
 * listener goes when it leaves the page. Copying and citing load their code on first use: no page
 * carries it until a reader copies; the quotations' hover loads only on a page that has them
 * (the Russian edition's), whose notes open on a press without it.
 */
import { enhanceCiteTips } from './cite-tips';
import { enhanceHeadingTools } from './heading-tools';
import { layerForDetails } from './layers';
import { SiteElement } from './site-element';

class ArticleTools extends SiteElement {
  protected setUp(signal: AbortSignal) {
    // "Copy link" loads its code on the first press (src/client/copy-link.ts).
    this.addEventListener(
      'click',
      (event) => {
        if ((event.target as Element | null)?.closest('.heading-wrapper button.copy-link'))
          void import('./copy-link').then(({ copyLink }) => copyLink(event));
      },
      { signal }
    );
    citeOnFirstUse(this, signal);
    enhanceHeadingTools(this, signal);
    enhanceCiteTips(this, signal);
    if (this.querySelector('.q-mark'))
      void import('./quote-notes').then(({ enhanceQuoteNotes }) => {
        if (!signal.aborted) enhanceQuoteNotes(this, signal);
      });
  }
}

/**
 * "Cite this page" and the section Cite buttons load their code on first use — the box opened, a
 * Cite button pressed, the page printed: the page's citation is in the HTML, and the code adds the
 * date of access and copying, so no page carries it until a reader cites.
 */
function citeOnFirstUse(root: HTMLElement, signal: AbortSignal) {
  const box = root.querySelector<HTMLDetailsElement>('details.cite-this');
  if (!box) return;
  // Escape closes the box, and it joins the layers when it opens, not when its code has loaded:
  // a dialog opened in between would otherwise sit below it (src/client/layers.ts).
  layerForDetails(box, signal);
  type CiteSection = ((event: MouseEvent) => Promise<void>) | undefined;
  let loading: Promise<CiteSection> | undefined;
  const load = () =>
    (loading ??= import('./cite-this').then(({ enhanceCiteThis }) =>
      signal.aborted ? undefined : enhanceCiteThis(root, signal)
    ));
  box.addEventListener('toggle', () => void (box.open && load()), { signal });
  addEventListener('beforeprint', () => void load(), { signal });
  root.addEventListener(
    'click',
    (event) => {
      const cite = (event.target as Element | null)?.closest(
        '.heading-wrapper button.cite-section'
      );
      // Once loaded, the code listens to the presses itself; this one it is handed.
      if (!cite || loading) return;
      void load().then((citeSection) => citeSection?.(event));
    },
    { signal }
  );
}

customElements.define('article-tools', ArticleTools);
