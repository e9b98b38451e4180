/**
 * Every built page read with JavaScript off, against the Node server (nothing here depends on the
 * server), three pages at a time, each waiting for `load`: it reads fully, with its h1 and
 * landmarks. (Every page at 320 px on a phone is checked in the same visit as its axe run, in
 * every-page.test.ts.)
 */
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, useBrowser, visit as openAndWatch } from '../support/browser';
import { builtPages } from '../support/site';

const pages = builtPages(inject('siteDir'));
const browser = useBrowser();
const visit = (path: string, options?: Parameters<typeof browser.open>[0]) =>
  openAndWatch(browser, path, options);

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
