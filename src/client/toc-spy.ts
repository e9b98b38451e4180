/**
 * "On this page" (src/components/TableOfContents.astro), kept in step with reading:
 * - marks the entry of the section being read, in the column and in the fold. A section is
 *   current from the moment its heading passes under what sticks to the top until the next one does;
 * - keeps that entry in view inside the column, which scrolls on its own on long pages;
 * - names the section in the fold's summary, and closes the fold after a jump, on Escape and on
 *   a click elsewhere, so it never covers what the reader went to.
 * Sections that are hidden (the timeline filter hides years) are never current, and the mark is
 * worked out again whenever something in the article is hidden or shown.
 */
import { fragmentTarget } from './fragment';

const lists = [...document.querySelectorAll<HTMLElement>('[data-toc]')];
const links = lists.flatMap((list) => [...list.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]);
const targets = [...new Set(links.map((link) => link.hash))]
  .map((hash) => fragmentTarget(hash))
  .filter((el): el is HTMLElement => el !== null);
const fold = document.querySelector<HTMLDetailsElement>('[data-toc-fold]');
const foldCurrent = fold?.querySelector<HTMLElement>('[data-toc-current]');
let current: HTMLElement | undefined;

/** Scrolls a list (not the page) just enough to show one of its entries. */
function reveal(list: HTMLElement, link: HTMLElement) {
  const box = list.getBoundingClientRect();
  const entry = link.getBoundingClientRect();
  if (entry.top < box.top) list.scrollTop -= box.top - entry.top + entry.height;
  else if (entry.bottom > box.bottom) list.scrollTop += entry.bottom - box.bottom + entry.height;
}

function update() {
  const offset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 80;
  // A hidden heading has no box (its top reads 0, as if already passed): skip it.
  const shown = targets.filter((target) => target.checkVisibility());
  let now: HTMLElement | undefined = shown[0];
  for (const target of shown) {
    if (target.getBoundingClientRect().top - offset <= 1) now = target;
    else break;
  }
  if (now === current) return;
  current = now;
  for (const link of links) {
    if (current && link.hash === `#${current.id}`) link.setAttribute('aria-current', 'location');
    else link.removeAttribute('aria-current');
  }
  for (const list of lists) {
    const link = list.querySelector<HTMLElement>('[aria-current="location"]');
    const scroller = list.closest<HTMLElement>('.toc') ?? list;
    if (link && scroller.scrollHeight > scroller.clientHeight) reveal(scroller, link);
  }
  if (foldCurrent) foldCurrent.textContent = current?.textContent?.trim() ?? '';
}

if (targets.length > 0) {
  let queued = false;
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; update(); });
  };
  addEventListener('scroll', queue, { passive: true });
  // A filter that hides or shows sections changes which one is current without any scrolling.
  const article = document.querySelector('main') ?? document.body;
  new MutationObserver(queue).observe(article, { subtree: true, attributeFilter: ['hidden'] });
  update();
}

if (fold) {
  fold.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a[href^="#"]')) fold.open = false;
  });
  fold.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && fold.open) {
      fold.open = false;
      fold.querySelector('summary')?.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (fold.open && !fold.contains(event.target as Node)) fold.open = false;
  });
}
