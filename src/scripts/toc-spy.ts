/**
 * Marks the "On this page" entry of the section being read. A section is current from the moment
 * its heading passes under the sticky header until the next heading does.
 */
import { fragmentTarget } from './fragment';

const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
const targets = links
  .map((link) => fragmentTarget(link.hash))
  .filter((el): el is HTMLElement => el !== null);

function update() {
  const offset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 80;
  let current: HTMLElement | undefined = targets[0];
  for (const target of targets) {
    if (target.getBoundingClientRect().top - offset <= 1) current = target;
    else break;
  }
  for (const link of links) {
    if (current && link.hash === `#${current.id}`) link.setAttribute('aria-current', 'location');
    else link.removeAttribute('aria-current');
  }
}

if (targets.length > 0) {
  let queued = false;
  addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; update(); });
  }, { passive: true });
  update();
}
