/**
 * <toc-spy> (around the page's columns in src/layouts/Base.astro, when the page has "On this page",
 * src/components/TableOfContents.astro) keeps the table of contents in step with reading:
 * - marks the entry of the section being read, in the column and in the fold. A section is
 *   current from the moment its heading passes under what sticks to the top until the next one does;
 * - keeps that entry in view inside the column, which scrolls on its own on long pages;
 * - names the section in the fold's summary, and closes the fold after a jump, on Escape
 *   (src/client/layers.ts) and on a click elsewhere, so it never covers what the reader went to.
 * Sections that are hidden (the timeline filter hides years) are never current, and the mark is
 * worked out again whenever something inside is hidden or shown. Its listeners and its observer
 * go when the element leaves the page.
 */
import { fragmentTarget } from './fragment';
import { layerForDetails } from './layers';
import { onAbort, SiteElement } from './site-element';

/** Scrolls a list (not the page) just enough to show one of its entries. */
function reveal(list: HTMLElement, link: HTMLElement) {
  const box = list.getBoundingClientRect();
  const entry = link.getBoundingClientRect();
  if (entry.top < box.top) list.scrollTop -= box.top - entry.top + entry.height;
  else if (entry.bottom > box.bottom) list.scrollTop += entry.bottom - box.bottom + entry.height;
}

class TocSpy extends SiteElement {
  private lists: HTMLElement[] = [];
  private links: HTMLAnchorElement[] = [];
  private targets: HTMLElement[] = [];
  private current: HTMLElement | undefined;
  private frame = 0;

  protected setUp(signal: AbortSignal) {
    this.current = undefined;
    this.lists = [...this.querySelectorAll<HTMLElement>('[data-toc]')];
    this.links = this.lists.flatMap((list) => [
      ...list.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'),
    ]);
    this.targets = [...new Set(this.links.map((link) => link.hash))]
      .map((hash) => fragmentTarget(hash))
      .filter((el): el is HTMLElement => el !== null);
    if (this.targets.length > 0) {
      addEventListener('scroll', () => this.queue(), { passive: true, signal });
      // A filter that hides or shows sections changes which one is current without any scrolling.
      const observer = new MutationObserver(() => this.queue());
      observer.observe(this, { subtree: true, attributeFilter: ['hidden'] });
      onAbort(signal, () => {
        observer.disconnect();
        cancelAnimationFrame(this.frame);
        this.frame = 0;
      });
      this.update();
    }
    const fold = this.querySelector<HTMLDetailsElement>('[data-toc-fold]');
    if (fold) this.closeFoldWhenDone(fold, signal);
  }

  private queue() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  }

  private update() {
    const offset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 80;
    // A hidden heading has no box (its top reads 0, as if already passed): skip it.
    const shown = this.targets.filter((target) => target.checkVisibility());
    let now: HTMLElement | undefined = shown[0];
    for (const target of shown) {
      if (target.getBoundingClientRect().top - offset <= 1) now = target;
      else break;
    }
    if (now === this.current) return;
    this.current = now;
    for (const link of this.links) {
      if (now && link.hash === `#${now.id}`) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
    for (const list of this.lists) {
      const link = list.querySelector<HTMLElement>('[aria-current="location"]');
      const scroller = list.closest<HTMLElement>('.toc') ?? list;
      if (link && scroller.scrollHeight > scroller.clientHeight) reveal(scroller, link);
    }
    const foldCurrent = this.querySelector<HTMLElement>('[data-toc-fold] [data-toc-current]');
    if (foldCurrent) foldCurrent.textContent = now?.textContent?.trim() ?? '';
  }

  private closeFoldWhenDone(fold: HTMLDetailsElement, signal: AbortSignal) {
    fold.addEventListener(
      'click',
      (event) => {
        if ((event.target as Element).closest('a[href^="#"]')) fold.open = false;
      },
      { signal }
    );
    layerForDetails(fold, signal);
    document.addEventListener(
      'click',
      (event) => {
        if (fold.open && !fold.contains(event.target as Node)) fold.open = false;
      },
      { signal }
    );
  }
}

customElements.define('toc-spy', TocSpy);
