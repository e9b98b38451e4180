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
        '.article p a:not(.cite-ref)',
        '.cite-ref',
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
