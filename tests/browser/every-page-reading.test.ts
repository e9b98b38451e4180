/**
 * Every built page read with JavaScript off, against the Node server (nothing here depends on the
 * server), three pages at a time, each waiting for `load`: its main content is shown and reads
 * fully, with its h1 and landmarks. In a browser, not from the HTML as served: what a reader sees
 * depends on the CSS too (an element hidden until a script reveals it, a closed <details>), which
 * only layout tells. (Every page at 320 px on a phone is checked in the same visit as its axe run,
 * in every-page.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, expectOneOfEachLandmark, url, useBrowser } from '../support/browser';
import { builtPages } from '../support/site';

const pages = builtPages(inject('siteDir'));
const browser = useBrowser();

/**
 * One context with JavaScript off and a page per concurrent test, each test navigating a free page
 * to its address: without scripts a page keeps nothing a later page could see (no storage, no
 * cookies from a static server), so this reads each page as a fresh one would, without starting
 * a renderer per page.
 */
let context: BrowserContext;
const free: Page[] = [];
beforeAll(async () => {
  context = await browser.browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
});
afterAll(async () => {
  await context?.close();
});
async function withPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
  const page = free.pop() ?? (await context.newPage());
  try {
    return await use(page);
  } finally {
    free.push(page);
  }
}

describe.concurrent('with JavaScript off', () => {
  it.each(pages)('%s reads fully, with its h1 and landmarks', (path) =>
    withPage(async (page) => {
      const response = await page.goto(url(path));
      expect(response?.status(), path).toBe(200);
      await expectOneOfEachLandmark(page);
      // innerText of an element that is not rendered is its whole text: so first, main is shown.
      expect(await page.locator('main#content').isVisible(), 'main is shown').toBe(true);
      const text = (await page.locator('main').innerText()).trim();
      expect(text.length).toBeGreaterThan(path.endsWith('/404.html') ? 50 : 150);
    })
  );
});
