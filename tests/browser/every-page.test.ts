/**
 * Quality gates on every built page, in Chromium, each page waiting for `load`:
 *   - light theme, desktop: axe (WCAG 2.2 A/AA), no console errors, no failed or off-site
 *     requests, one h1 and the landmarks, every <nav> named, and the byte budgets
 *     (tests/support/budgets.ts) on what the page fetched before any interaction;
 *   - dark theme: axe and a clean load on one page per template plus the few pages that, with
 *     them, show every kind of element the site renders (colours are the only thing the theme
 *     changes, so this sees every component in dark);
 *   - a 320 px phone: nothing scrolls sideways;
 *   - JavaScript off: the page reads fully.
 * Against nginx (the nginx project) every page loads again with the server's headers in force and
 * must load cleanly; axe runs there on one page per template. The checks no server can change
 * (dark theme, phone width, no JavaScript, byte budgets) run once, against the Node server.
 */
import { describe, expect, inject, it } from 'vitest';
import {
  axeViolations,
  DESKTOP,
  url,
  useBrowser,
  watchProblems,
  watchWeight,
  type PageWeight,
} from '../support/browser';
import {
  builtPages,
  pagesShowingEveryElement,
  pageTemplates,
  TEMPLATE_PAGES,
} from '../support/site';
import { BUDGETS, kib } from '../support/budgets';

const siteDir = inject('siteDir');
const origin = new URL(inject('siteUrl')).origin;
const pages = builtPages(siteDir);
const onNode = inject('server') === 'node';
const templatePages = Object.values(TEMPLATE_PAGES);
const browser = useBrowser();

/** Opens a page in a fresh context and waits for `load`; it must answer 200. */
async function visit(path: string, options: Parameters<typeof browser.open>[0] = DESKTOP) {
  const { context, page } = await browser.open(options);
  const problems = watchProblems(page, origin);
  const weight = watchWeight(page);
  const response = await page.goto(url(path));
  expect(response?.status(), path).toBe(200);
  return { context, page, problems, weight };
}

it('one page per template: every route of src/pages/ has a sample page, and it was built', () => {
  expect(Object.keys(TEMPLATE_PAGES).sort()).toEqual(pageTemplates());
  expect(pages).toEqual(expect.arrayContaining(templatePages));
});

const weights = new Map<string, PageWeight>();
const total = (w: PageWeight) => w.html + w.css + w.js;

if (onNode)
  describe.concurrent('every page in the light theme', () => {
    it.each(pages)(
      '%s passes axe, loads cleanly, has its landmarks and keeps its byte budget',
      async (path) => {
        const { context, page, problems, weight } = await visit(path);
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.locator('main#content').count()).toBe(1);
        expect(await page.locator('header.site-header').count()).toBe(1);
        expect(await page.locator('footer.site-footer').count()).toBe(1);
        expect(await page.locator('nav[aria-label="Site"]').count()).toBe(1);
        expect(await page.locator('nav:not([aria-label]):not([aria-labelledby])').count()).toBe(0);
        expect(problems).toEqual([]);
        const bytes = await weight.weigh();
        weights.set(path, bytes);
        expect(bytes.js, `JavaScript before any interaction: ${kib(bytes.js)}`).toBeLessThanOrEqual(
          BUDGETS.jsBeforeInteraction
        );
        expect(total(bytes), `HTML + CSS + JS: ${kib(total(bytes))}`).toBeLessThanOrEqual(
          BUDGETS.heaviestPage
        );
        await context.close();
      }
    );
  });

if (onNode)
  describe('the byte budget of the median page', () => {
    it('is kept', () => {
      expect(weights.size, 'every page weighed (run the whole file)').toBe(pages.length);
      const sorted = [...weights.values()].map(total).sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      expect(median, `median page: ${kib(median)}`).toBeLessThanOrEqual(BUDGETS.medianPage);
    });
  });

if (onNode)
  describe.concurrent('in the dark theme', () => {
    it.each(pagesShowingEveryElement(siteDir, templatePages))(
      '%s passes axe and loads cleanly',
      async (path) => {
        const { context, page, problems } = await visit(path, { ...DESKTOP, colorScheme: 'dark' });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
          true
        );
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      }
    );
  });

if (onNode)
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

if (onNode)
  describe.concurrent('with JavaScript off', () => {
    it.each(pages)('%s reads fully, with its h1 and landmarks', async (path) => {
      const { context, page } = await visit(path, { ...DESKTOP, javaScriptEnabled: false });
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('main#content').count()).toBe(1);
      expect(await page.locator('header.site-header').count()).toBe(1);
      expect(await page.locator('footer.site-footer').count()).toBe(1);
      expect(await page.locator('nav[aria-label="Site"]').count()).toBe(1);
      expect(await page.locator('nav:not([aria-label]):not([aria-labelledby])').count()).toBe(0);
      const text = (await page.locator('main').innerText()).trim();
      expect(text.length).toBeGreaterThan(path === '/404.html' ? 50 : 150);
      await context.close();
    });
  });

if (!onNode)
  describe('served by nginx', () => {
    describe.concurrent('every page', () => {
      it.each(pages)('%s loads cleanly with the server’s headers in force', async (path) => {
        const { context, problems } = await visit(path);
        expect(problems).toEqual([]);
        await context.close();
      });
    });

    it.each(templatePages)('%s passes axe', async (path) => {
      const { context, page, problems } = await visit(path);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
