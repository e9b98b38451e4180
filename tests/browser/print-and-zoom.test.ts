/**
 * Reading in print and at high zoom (issue 22): dark ink on white paper whatever the screen
 * theme, nothing sticky on paper; tables that fit their column; and, when the viewport is short
 * (a phone in landscape, 400% zoom), bars that stop sticking so the text has the room (WCAG 1.4.10).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, DESKTOP, type TestBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const url = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** WCAG contrast of an element's text colour against white paper. */
function inkContrast(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const channel = (v: number) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      const [r, g, b] = getComputedStyle(el)
        .color.match(/[\d.]+/g)!
        .map(Number) as [number, number, number];
      const lum = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      return 1.05 / (lum + 0.05);
    });
}

describe('print', () => {
  for (const theme of ['system dark', 'chosen dark'] as const) {
    it(`is dark ink on white paper from a ${theme} theme: text, links, citation markers, meta`, async () => {
      const { context, page } = await browser.open({ ...DESKTOP, colorScheme: 'dark' });
      if (theme === 'chosen dark')
        await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
      await page.goto(url('/states/armenia/'));
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        'rgb(255, 255, 255)'
      );
      for (const selector of [
        '.article p',
        '.article p a:not(.cite)',
        'a.cite',
        '.lead',
        '.muted, .small',
      ])
        expect(await inkContrast(page, selector), selector).toBeGreaterThanOrEqual(7);
      await context.close();
    });
  }

  it('has nothing sticky: the timeline’s year headings print in their place', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/timeline/'));
    await page.emulateMedia({ media: 'print' });
    const sticky = await page.evaluate(
      () =>
        [...document.querySelectorAll('body *')].filter(
          (el) =>
            getComputedStyle(el).position === 'sticky' && (el as HTMLElement).offsetParent !== null
        ).length
    );
    expect(sticky).toBe(0);
    await context.close();
  });
});

describe('a short viewport (400% zoom: 320 × 256)', () => {
  const ZOOMED = { viewport: { width: 320, height: 256 } } as const;

  it('keeps its height for the text: nothing sticks to the top once the reader scrolls', async () => {
    const { context, page } = await browser.open(ZOOMED);
    await page.goto(url('/states/armenia/'));
    await page.evaluate(() => scrollTo(0, 800));
    await page.waitForTimeout(100);
    const covering = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => {
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return (
            (style.position === 'sticky' || style.position === 'fixed') &&
            box.height > 0 &&
            box.top < 128 &&
            box.bottom > 0
          );
        })
        .map((el) => el.className || el.tagName)
    );
    expect(covering).toEqual([]);
    // A link to a section lands at the very top: nothing to clear.
    expect(
      await page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop)
      )
    ).toBeLessThanOrEqual(16);
    await context.close();
  });

  it('the timeline’s year headings do not stick either', async () => {
    const { context, page } = await browser.open(ZOOMED);
    await page.goto(url('/timeline/'));
    expect(
      await page
        .locator('.year-heading')
        .first()
        .evaluate((h) => getComputedStyle(h).position)
    ).toBe('static');
    await context.close();
  });

  it('shows the whole site name, and “On this page” on one line', async () => {
    const { context, page } = await browser.open(ZOOMED);
    await page.goto(url('/states/armenia/'));
    const name = page.locator('.site-name span');
    expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const label = page.locator('.toc-mobile-label');
    const lineHeight = await label.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(await label.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(
      lineHeight * 1.5
    );
    await context.close();
  });

  it('at 320 × 640 (a small phone) the header still sticks', async () => {
    const { context, page } = await browser.open({ viewport: { width: 320, height: 640 } });
    await page.goto(url('/states/armenia/'));
    await page.evaluate(() => scrollTo(0, 800));
    await page.waitForTimeout(100);
    expect(await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().top)).toBe(
      0
    );
    const name = page.locator('.site-name span');
    expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await context.close();
  });
});

describe('tables', () => {
  const pagesWithTables = ['/', '/states/', '/sources/'];
  for (const width of [320, 390, 640, 800, 1024, 1280, 1440]) {
    it(`fit their column at ${width} px: no table is wider than the box it scrolls in`, async () => {
      const { context, page } = await browser.open({ viewport: { width, height: 900 } });
      for (const path of pagesWithTables) {
        await page.goto(url(path));
        const overflowing = await page.evaluate(() =>
          [...document.querySelectorAll('.article table')]
            .map((table) => ({
              table: table.className || table.querySelector('caption')?.textContent?.trim(),
              width: table.scrollWidth,
              box: (table.closest('.table-scroll') ?? table.parentElement)!.clientWidth,
            }))
            .filter((t) => t.width > t.box + 1)
        );
        expect(overflowing, path).toEqual([]);
      }
      await context.close();
    });
  }
});
