/**
 * Every built page read as readers with small screens or no JavaScript read it, against the Node
 * server (nothing here depends on the server), three pages at a time, each waiting for `load`:
 *   - on a 320 px phone, nothing scrolls sideways;
 *   - with JavaScript off, the page reads fully, with its h1 and landmarks.
 */
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, useBrowser, visit as openAndWatch } from '../support/browser';
import { builtPages } from '../support/site';

const pages = builtPages(inject('siteDir'));
const browser = useBrowser();
const visit = (path: string, options?: Parameters<typeof browser.open>[0]) =>
  openAndWatch(browser, path, options);

describe.concurrent('on a 320 px phone', () => {
  it.each(pages)('%s does not scroll sideways', async (path) => {
    const { context, page } = await visit(path, {
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
    });
    // A page wider than the screen makes a phone zoom out (innerWidth grows too): compare with 320.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *, header *')]
        .filter(
          (el) => el.getBoundingClientRect().right > 321 && !el.closest('.table-scroll, .sr-only')
        )
        .slice(0, 3)
        .map(
          (el) =>
            `<${el.tagName.toLowerCase()} class="${el.className}"> ${(el.textContent ?? '').slice(0, 40)}`
        )
    );
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320
    );
    await context.close();
  });
});

describe.concurrent('with JavaScript off', () => {
  it.each(pages)('%s reads fully, with its h1 and landmarks', async (path) => {
    const { context, page } = await visit(path, { ...DESKTOP, javaScriptEnabled: false });
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('main#content').count()).toBe(1);
    expect(await page.locator('header.site-header').count()).toBe(1);
    expect(await page.locator('footer.site-footer').count()).toBe(1);
    expect(await page.locator('nav#site-nav[aria-label]').count()).toBe(1);
    expect(await page.locator('nav:not([aria-label]):not([aria-labelledby])').count()).toBe(0);
    const text = (await page.locator('main').innerText()).trim();
    expect(text.length).toBeGreaterThan(path.endsWith('/404.html') ? 50 : 150);
    await context.close();
  });
});
