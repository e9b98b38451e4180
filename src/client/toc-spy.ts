/**
 * <toc-spy> (around the page's columns in src/layouts/Base.astro, when the page has "On this page",
 * src/components/TableOfContents.astro) keeps the table of contents in step with reading:
 * - marks the entry of the section being read, in the column and in the fold. After a jump (a
 *   link to page#id, an entry of the list, the address bar) that is the section holding the
 *   target, for as long as the target is in view: a target may sit just below its section's
 *   heading (an event under its year), and must not leave the year before it marked. Otherwise a
 *   section is current from the moment its heading passes under what sticks to the top (the
 *   page's scroll-padding, which follows the sticky bars) until the next one does; above the
 *   first heading (the introduction) none is;
 * - keeps that entry in view inside the column, which scrolls on its own on long pages;
 * - names the section in the fold's summary, and closes the fold after a jump, on Escape
 *   (src/client/layers.ts) and on a click elsewhere, so it never covers what the reader went to;
 *   "Skip to this page's contents" opens it and focuses its summary.
 * Sections that are hidden (the timeline filter hides years) are never current, and the mark is
 * worked out again whenever something inside is hidden or shown. Its listeners and its observer
 * go when the element leaves the page.
 */
import { fragmentTarget } from './fragment';
import { layerForDetails } from './layers';
import { onAbort, SiteElement } from './site-element';

/** How long a jumped-to element not yet in view still counts as where the reader is going. */
const JUMP_GRACE_MS = 1500;

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
  /** The element the address's #fragment names, while the reader is still at it. */
  private jumpedTo: HTMLElement | undefined;
  /**
   * Whether the jumped-to element has been in view yet: the browser scrolls to it once the page
   * has loaded, and not at all when it restores an earlier scroll position (a reload), so an
   * element never seen counts only for a moment.
   */
  private jumpSeen = false;
  private jumpUntil = 0;
  private frame = 0;

  protected setUp(signal: AbortSignal) {
    this.current = undefined;
    this.jump(this.targetOf(location.hash), signal);
    this.lists = [...this.querySelectorAll<HTMLElement>('[data-toc]')];
    this.links = this.lists.flatMap((list) => [
      ...list.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'),
    ]);
    this.targets = [...new Set(this.links.map((link) => link.hash))]
      .map((hash) => fragmentTarget(hash))
      .filter((el): el is HTMLElement => el !== null);
    if (this.targets.length > 0) {
      addEventListener('scroll', () => this.queue(), { passive: true, signal });
      addEventListener('hashchange', () => this.jump(this.targetOf(location.hash), signal), {
        signal,
      });
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

  /** Notes where the reader jumped to, for JUMP_GRACE_MS until it has been seen. */
  private jump(target: HTMLElement | undefined, signal: AbortSignal) {
    this.jumpedTo = target;
    this.jumpSeen = false;
    this.jumpUntil = performance.now() + JUMP_GRACE_MS;
    if (!target) return;
    this.queue();
    const timer = setTimeout(() => this.queue(), JUMP_GRACE_MS + 50);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  }

  /** The element a #fragment names, when it is in this page's content. */
  private targetOf(hash: string): HTMLElement | undefined {
    const target = fragmentTarget(hash);
    return target && this.contains(target) ? target : undefined;
  }

  /** The section (of the list's targets) that holds `element`: the last one that starts at or before it. */
  private sectionOf(element: HTMLElement, shown: HTMLElement[]): HTMLElement | undefined {
    let holder: HTMLElement | undefined;
    for (const target of shown) {
      const at = target.compareDocumentPosition(element);
      if (target === element || at & Node.DOCUMENT_POSITION_FOLLOWING) holder = target;
      else break;
    }
    return holder;
  }

  private update() {
    const offset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    // A hidden heading has no box (its top reads 0, as if already passed): skip it.
    const shown = this.targets.filter((target) => target.checkVisibility());
    let now: HTMLElement | undefined;
    const jumped = this.jumpedTo;
    if (jumped) {
      const box = jumped.getBoundingClientRect();
      const inView = box.bottom > offset && box.top < innerHeight;
      if (inView) this.jumpSeen = true;
      // The reader is still there (or the browser has yet to scroll there), unless it is hidden
      // or has been scrolled out of view since.
      const coming = !this.jumpSeen && performance.now() < this.jumpUntil;
      if (jumped.checkVisibility() && (inView || coming)) now = this.sectionOf(jumped, shown);
      else this.jumpedTo = undefined;
    }
    if (!now) {
      for (const target of shown) {
        if (target.getBoundingClientRect().top - offset <= 1) now = target;
        else break;
      }
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
    const summary = fold.querySelector('summary');
    document.addEventListener(
      'click',
      (event) => {
        // "Skip to this page's contents" opens the fold and gives its summary focus.
        const skip = (event.target as Element).closest?.('a[href^="#"]');
        if (skip && summary?.id && skip.getAttribute('href') === `#${summary.id}`) {
          event.preventDefault();
          fold.open = true;
          summary.focus();
          return;
        }
        if (fold.open && !fold.contains(event.target as Node)) fold.open = false;
      },
      { signal }
    );
  }
}

customElements.define('toc-spy', TocSpy);
