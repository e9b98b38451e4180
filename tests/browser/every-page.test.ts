/**
 * Quality gates on every built page, in Chromium, each page waiting for `load`:
 *   - light theme, desktop: axe (WCAG 2.2 A/AA), no console errors, no failed or off-site
 *     requests, one h1 and the landmarks, every <nav> named, and the byte budgets
 *     (tests/support/budgets.ts) on what the page fetched before any interaction; then, in the
 *     same visit, the page turned into a 320 px touch phone (the emulation Playwright applies to a
 *     phone context, switched on in place): nothing scrolls sideways;
 *   - dark theme: axe and a clean load on one page per template in each edition plus the few
 *     pages that, with them, show every kind of element the site renders (colours are the only
 *     thing the theme changes, so this sees every component in dark);
 * Every page means both editions: the Russian one under /ru/ is built pages like any other.
 * (every-page-reading.test.ts reads every page with JavaScript off.) Against the Node server only:
 * what nginx can change (every page's and file's headers over plain HTTP, and one page per
 * template in each edition loading cleanly with axe) is tests/nginx/every-page.test.ts.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  DESKTOP,
  expectOneOfEachLandmark,
  useBrowser,
  visit as openAndWatch,
  type PageWeight,
} from '../support/browser';
import {
  builtPages,
  pagesShowingEveryElement,
  pageTemplates,
  TEMPLATE_PAGES,
  TEMPLATE_SAMPLES,
} from '../support/site';
import { BUDGETS, kib } from '../support/budgets';

const siteDir = inject('siteDir');
const pages = builtPages(siteDir);
/** One page per template in each edition (the Russian twin of each English sample too). */
const templatePages = TEMPLATE_SAMPLES;
const browser = useBrowser();

const visit = (path: string, options?: Parameters<typeof browser.open>[0]) =>
  openAndWatch(browser, path, options);

it('one page per template: every route of src/pages/ has a sample page, and it was built', () => {
  expect(Object.keys(TEMPLATE_PAGES).sort()).toEqual(pageTemplates());
  expect(pages).toEqual(expect.arrayContaining([...templatePages]));
});

/**
 * Turns the open page into a 320 × 640 touch phone without reloading it: the CDP calls Playwright
 * makes for a context with `isMobile` and `hasTouch` (the viewport meta applies, `hover: none`
 * matches), so one visit serves the desktop checks and this one.
 */
async function becomeSmallPhone(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: 320,
    height: 640,
    deviceScaleFactor: 1,
    mobile: true,
  });
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  // Not detached: the emulation lasts as long as its session (it closes with the context).
  expect(
    await page.evaluate(() => [screen.width, matchMedia('(hover: none)').matches]),
    'a 320 px touch screen'
  ).toEqual([320, true]);
}

/** Up to three elements of the header and main content that reach past a 320 px screen. */
const tooWide = (page: Page) =>
  page.evaluate(() =>
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

const weights = new Map<string, PageWeight>();
const total = (w: PageWeight) => w.html + w.css + w.js;

describe.concurrent('every page in the light theme', () => {
  it.each(pages)(
    '%s passes axe, loads cleanly, has its landmarks, keeps its byte budget and fits a 320 px phone',
    async (path) => {
      const { context, page, problems, weight } = await visit(path);
      const notFound = path.endsWith('/404.html');
      // A 404 page loads its suggestions at once: weighed once they are in, every time.
      if (notFound) await page.evaluate(() => customElements.whenDefined('page-suggestions'));
      // Weighed first, so the median's budget is checked even when a page fails something else.
      const bytes = await weight.weigh();
      weights.set(path, bytes);
      expect(await axeViolations(page)).toEqual([]);
      await expectOneOfEachLandmark(page);
      expect(problems).toEqual([]);
      expect(bytes.js, `JavaScript before any interaction: ${kib(bytes.js)}`).toBeLessThanOrEqual(
        notFound ? BUDGETS.jsOnNotFoundPage : BUDGETS.jsBeforeInteraction
      );
      expect(total(bytes), `HTML + CSS + JS: ${kib(total(bytes))}`).toBeLessThanOrEqual(
        BUDGETS.heaviestPage
      );
      // A page wider than the screen makes a phone zoom out (innerWidth grows too): compare with 320.
      await becomeSmallPhone(page);
      expect(await tooWide(page), 'at 320 px').toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320
      );
      await context.close();
    }
  );
});

describe('the byte budget of the median page', () => {
  it('is kept', () => {
    expect(
      weights.size,
      'every page weighed (run the whole file; a page that failed to load is not)'
    ).toBe(pages.length);
    const sorted = [...weights.values()].map(total).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(median, `median page: ${kib(median)}`).toBeLessThanOrEqual(BUDGETS.medianPage);
  });
});

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
