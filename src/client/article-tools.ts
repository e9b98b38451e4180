/**
 * <article-tools> (around the article's content in src/layouts/Base.astro) enhances the controls
 * that repeat through the content: each heading's Copy link, Cite and "⋯" toggle, the citation
 * markers' tooltips on touch screens, and "Cite this page". One element, so there is one place
 * where they start and one where they stop: every listener goes when it leaves the page.
 */
import { enhanceCiteThis } from './cite-this';
import { enhanceCiteTips } from './cite-tips';
import { enhanceCopyLinks } from './copy-link';
import { enhanceHeadingTools } from './heading-tools';
import { SiteElement } from './site-element';

class ArticleTools extends SiteElement {
  protected setUp(signal: AbortSignal) {
    enhanceCopyLinks(this, signal);
    enhanceCiteThis(this, signal);
    enhanceHeadingTools(this, signal);
    enhanceCiteTips(this, signal);
  }
}

customElements.define('article-tools', ArticleTools);
