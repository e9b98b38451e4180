/**
 * Finding one's way on every screen: skip links put the navigation and this page's contents a few
 * tab stops away; the phone's "Menu" opens a real drawer (aria-expanded, focus kept inside and
 * given back, closed by Escape, Close and a link) and stays a link to the foot of the page
 * without JavaScript; "On this page" is a fold at the top of the article below the wide layout,
 * and on wide screens its column keeps the current entry in view; under a timeline filter it marks
 * only years that are shown.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, PHONE, DESKTOP, type TestBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const url = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TABLET = { viewport: { width: 820, height: 1000 }, hasTouch: true } as const;

/** Presses Tab until focus is inside `selector`; returns how many presses that took (or Infinity). */
async function tabsUntilInside(page: Page, selector: string, limit = 12): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => !!document.activeElement?.closest(sel), selector))
      return presses;
  }
  return Infinity;
}

/** Tabs from the top of the page to the named skip link and follows it. */
async function followSkipLink(page: Page, name: string) {
  for (let presses = 0; presses < 5; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) {
      expect(
        await page.evaluate(
          () => (document.activeElement as HTMLElement).getBoundingClientRect().top
        )
      ).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`no skip link "${name}" in the first five tab stops`);
}

describe('keyboard readers reach the navigation first', () => {
  for (const [device, options] of [
    ['desktop', DESKTOP],
    ['tablet', TABLET],
  ] as const) {
    it(`a skip link, then one Tab, reaches the site navigation on a long page (${device})`, async () => {
      const { context, page } = await browser.open(options);
      await page.goto(url('/timeline/'));
      await followSkipLink(page, 'Skip to site navigation');
      // Tab stops from the top of the page: the skip link (2), Enter, then the first link.
      expect(await tabsUntilInside(page, '#site-nav a')).toBe(1);
      await context.close();
    });

    it(`a skip link reaches this page's contents (${device})`, async () => {
      const { context, page } = await browser.open(options);
      await page.goto(url('/states/armenia/'));
      await followSkipLink(page, 'Skip to this page’s contents');
      expect(await tabsUntilInside(page, '.toc, .toc-mobile')).toBeLessThanOrEqual(1);
      await context.close();
    });
  }

  for (const [device, options] of [
    ['phone', PHONE],
    ['tablet', TABLET],
    ['phone, no JavaScript', { ...PHONE, javaScriptEnabled: false }],
  ] as const) {
    it(`"Skip to this page’s contents" opens the fold and focuses it; Tab goes on to its first entry (${device})`, async () => {
      const { context, page } = await browser.open(options);
      await page.goto(url('/states/armenia/'));
      await followSkipLink(page, 'Skip to this page’s contents');
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.closest('details.toc-mobile') !== null)
        )
        .toBe(true);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      if (device.includes('no JavaScript')) await page.keyboard.press('Enter');
      expect(
        await page.locator('details.toc-mobile').evaluate((d) => (d as HTMLDetailsElement).open)
      ).toBe(true);
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(
          () => document.activeElement?.closest('details.toc-mobile nav a') !== null
        )
      ).toBe(true);
      await context.close();
    });
  }

  it('"Skip to content" moves focus to the article, past the header', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/people/'));
    await followSkipLink(page, 'Skip to content');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
    await context.close();
  });
});

describe('the phone menu', () => {
  it('opens the navigation in a drawer that keeps focus, closes on Escape and gives focus back', async () => {
    const { context, page } = await browser.open(PHONE);
    await page.goto(url('/states/armenia/'));
    const button = page.getByRole('button', { name: 'Menu' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    const before = await page.evaluate(() => scrollY);
    await button.click();
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    await expect.poll(() => drawer.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    // The site navigation is in it, with this page marked, and the page did not jump.
    expect(
      await drawer.locator('nav#site-nav[aria-label] a[aria-current="page"]').innerText()
    ).toMatch(/Armenia/);
    expect(await page.evaluate(() => scrollY)).toBe(before);
    // Focus stays inside, forwards and backwards.
    const links = await drawer.locator('a[href], button').count();
    for (let i = 0; i < links + 2; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog.drawer'))).toBe(
        true
      );
    }
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog.drawer'))).toBe(
      true
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.isVisible()).toBe(false);
    // The dialog's close event, which resets the button, comes a task after it hides.
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('menu-button'))
    ).toBe(true);
    // The navigation is back at the foot of the page, once.
    expect(await page.locator('nav#site-nav[aria-label]').count()).toBe(1);
    expect(await page.locator('.shell > nav#site-nav').count()).toBe(1);
    await context.close();
  });

  it('closes with its Close button, and on following a link', async () => {
    const { context, page } = await browser.open(PHONE);
    await page.goto(url('/states/armenia/'));
    const button = page.getByRole('button', { name: 'Menu' });
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    await button.click();
    await drawer.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => drawer.isVisible()).toBe(false);
    await button.click();
    await drawer.getByRole('link', { name: 'Glossary' }).click();
    await page.waitForURL('**/glossary/');
    expect(await page.locator('h1').innerText()).toBe('Glossary');
    await context.close();
  });

  it('"Skip to site navigation" opens the drawer on a phone', async () => {
    const { context, page } = await browser.open(PHONE);
    await page.goto(url('/timeline/'));
    await followSkipLink(page, 'Skip to site navigation');
    await expect.poll(() => page.getByRole('dialog', { name: 'Menu' }).isVisible()).toBe(true);
    await context.close();
  });

  it('is a link to the navigation at the foot of the page without JavaScript', async () => {
    const { context, page } = await browser.open({ ...PHONE, javaScriptEnabled: false });
    await page.goto(url('/states/armenia/'));
    expect(await page.getByRole('button', { name: 'Menu' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Menu' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#site-nav');
    expect(
      await page.locator('#site-nav').evaluate((nav) => nav.getBoundingClientRect().top)
    ).toBeLessThan(200);
    await context.close();
  });
});

describe('"On this page" below the wide layout', () => {
  for (const [device, options] of [
    ['phone', PHONE],
    ['tablet', TABLET],
  ] as const) {
    it(`is a fold at the top of the article that stays in reach and closes after a jump (${device})`, async () => {
      const { context, page } = await browser.open({ ...options, reducedMotion: 'reduce' });
      await page.goto(url('/disagreements/'));
      const fold = page.locator('details.toc-mobile');
      expect(await fold.isVisible()).toBe(true);
      expect(await page.locator('nav.toc').isVisible()).toBe(false);
      // Far down the page, it is still right under the header, naming the section being read.
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
      await page.waitForTimeout(100);
      const where = await fold.evaluate((el) => ({
        top: el.getBoundingClientRect().top,
        header: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
      }));
      expect(Math.abs(where.top - where.header)).toBeLessThanOrEqual(1);
      await expect.poll(() => fold.locator('[data-toc-current]').innerText()).not.toBe('');
      await fold.locator('summary').click();
      const entry = fold.locator('a').nth(4);
      const id = (await entry.getAttribute('href'))!.slice(1);
      await entry.click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
      expect(await fold.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      await expect
        .poll(() => fold.locator('[data-toc-current]').innerText())
        .toBe((await page.locator(`#${id}`).innerText()).trim());
      // Escape closes it too.
      await fold.locator('summary').click();
      await page.keyboard.press('Escape');
      expect(await fold.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      await context.close();
    });
  }

  it('opens and works without JavaScript', async () => {
    const { context, page } = await browser.open({ ...PHONE, javaScriptEnabled: false });
    await page.goto(url('/glossary/'));
    const fold = page.locator('details.toc-mobile');
    await fold.locator('summary').click();
    const entry = fold.locator('a').nth(3);
    const id = (await entry.getAttribute('href'))!.slice(1);
    await entry.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
    await context.close();
  });
});

describe('"On this page" on wide screens', () => {
  it('keeps the current entry in view on a long page, and its last entry above the footer', async () => {
    const { context, page } = await browser.open({
      ...DESKTOP,
      viewport: { width: 1280, height: 600 },
    });
    await page.goto(url('/people/'));
    const toc = page.locator('nav.toc');
    const inView = () =>
      toc.evaluate((nav) => {
        const box = nav.getBoundingClientRect();
        const link = nav.querySelector('[aria-current="location"]')!.getBoundingClientRect();
        return (
          link.top >= box.top - 1 && link.bottom <= box.bottom + 1 && link.bottom <= innerHeight
        );
      });
    for (const fraction of [0.3, 0.6, 0.85]) {
      await page.evaluate((f) => scrollTo(0, document.documentElement.scrollHeight * f), fraction);
      await page.waitForTimeout(150);
      expect(await inView(), `at ${fraction * 100}% of the page`).toBe(true);
    }
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(150);
    const last = await toc.evaluate((nav) => {
      const link = [...nav.querySelectorAll('a')].at(-1)!.getBoundingClientRect();
      return {
        bottom: link.bottom,
        footer: document.querySelector('.site-footer')!.getBoundingClientRect().top,
        current: nav.querySelector('[aria-current="location"]')?.textContent,
      };
    });
    expect(last.bottom).toBeLessThanOrEqual(last.footer);
    expect(await inView()).toBe(true);
    await context.close();
  });
});

describe('"On this page" under a timeline filter', () => {
  const current = (page: Page) => page.locator('nav.toc [aria-current="location"]').innerText();
  /** Scrolls so that a year's heading has just passed under the sticky header: that year is being read. */
  const read = (page: Page, year: number) =>
    page.evaluate((y) => {
      const heading = document.getElementById(`year-${y}`)!;
      const offset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 80;
      scrollTo(0, scrollY + heading.getBoundingClientRect().top - offset + 20);
    }, year);

  it('marks the year being read, never a year the filter hides', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/timeline/?country=armenia'));
    expect(await page.locator('#year-1999').isVisible()).toBe(false);
    await read(page, 1992);
    await expect.poll(() => current(page)).toBe('1992');
    await page.waitForTimeout(150);
    expect(await current(page)).toBe('1992');
    await context.close();
  });

  it('moves the mark when the filter hides the year being read', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/timeline/'));
    await read(page, 1999);
    await expect.poll(() => current(page)).toBe('1999');
    // Armenia has no event in 1999: that year disappears, and the page has not scrolled.
    await page.locator('select[name="country"]').selectOption('armenia');
    await expect.poll(() => page.locator('#year-1999').isVisible()).toBe(false);
    await expect.poll(() => current(page)).not.toBe('1999');
    expect(await page.locator('nav.toc [aria-current="location"]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('heading controls', () => {
  /** How much taller each heading's wrapper is than the heading itself, on the timeline. */
  const extraHeight = (page: Page) =>
    page
      .locator('#timeline-events .heading-wrapper')
      .evaluateAll((wrappers) =>
        Math.max(
          ...wrappers.map(
            (w) =>
              w.getBoundingClientRect().height -
              w.querySelector('h3')!.getBoundingClientRect().height
          )
        )
      );

  it('take no room until used with a mouse, and show on hover and focus', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/timeline/'));
    expect(await extraHeight(page)).toBeLessThanOrEqual(1);
    const wrapper = page.locator('#timeline-events .heading-wrapper').nth(3);
    const copy = wrapper.getByRole('button', { name: /^Copy link to section/ });
    expect(await copy.evaluate((b) => getComputedStyle(b.parentElement!).opacity)).toBe('0');
    await wrapper.locator('h3').hover();
    await expect
      .poll(() => copy.evaluate((b) => getComputedStyle(b.parentElement!).opacity))
      .toBe('1');
    await context.close();
  });

  it('are one "⋯" per heading on a touch screen, opening the link, Copy link and Cite', async () => {
    const { context, page } = await browser.open(PHONE);
    await page.goto(url('/timeline/'));
    expect(await extraHeight(page)).toBeLessThanOrEqual(1);
    const wrapper = page.locator('#timeline-events .heading-wrapper').nth(3);
    const toggle = wrapper.getByRole('button', { name: /^Link and citation: / });
    expect(
      await page
        .locator(
          '#timeline-events .heading-wrapper button:visible, #timeline-events .heading-wrapper a:visible'
        )
        .count()
    ).toBe(await page.locator('#timeline-events .heading-wrapper').count());
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    for (const name of [/^Link to section/, /^Copy link to section/, /^Cite section/]) {
      expect(
        await wrapper
          .getByRole(name.source.includes('Link to') ? 'link' : 'button', { name })
          .isVisible()
      ).toBe(true);
    }
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await context.close();

    const noJs = await browser.open({ ...PHONE, javaScriptEnabled: false });
    await noJs.page.goto(url('/timeline/'));
    const first = noJs.page.locator('#timeline-events .heading-wrapper').first();
    expect(await first.locator('a.anchor-link').isVisible()).toBe(true);
    expect(await first.locator('button:visible').count()).toBe(0);
    await noJs.context.close();
  });
});

describe('"On this page" marks the section that holds what the reader went to', () => {
  for (const [device, options, list] of [
    ['desktop', DESKTOP, 'nav.toc'],
    ['phone', PHONE, 'details.toc-mobile'],
  ] as const) {
    it(`a deep link into the timeline marks the year it lands in (${device})`, async () => {
      const { context, page } = await browser.open(options);
      await page.goto(url('/timeline/#armenia-freezes-membership-2024'));
      await page.waitForTimeout(300);
      const marked = page.locator(`${list} [aria-current="location"]`);
      await expect.poll(() => marked.count()).toBe(1);
      expect(await marked.getAttribute('href')).toBe('#year-2024');
      if (device === 'phone')
        expect(await page.locator('[data-toc-current]').innerText()).toBe('2024');
      // Scrolling on from there, the year being read takes over.
      await page.evaluate(() => {
        const next = document.getElementById('year-2025')!;
        scrollTo(0, scrollY + next.getBoundingClientRect().top - 20);
      });
      await expect.poll(() => marked.getAttribute('href')).toBe('#year-2025');
      await context.close();
    });
  }

  it('names no section in the phone fold while the reader is still in the introduction', async () => {
    const { context, page } = await browser.open(PHONE);
    await page.goto(url('/'));
    await page.waitForTimeout(300);
    expect(await page.locator('[data-toc-current]').innerText()).toBe('');
    await context.close();
  });
});

describe('the timeline filter and the contents list', () => {
  it('the phone fold lists only the years the filter leaves, and the count is a live region', async () => {
    const { context, page } = await browser.open(PHONE);
    await page.goto(url('/timeline/?country=armenia'));
    const shownYears = await page
      .locator('#timeline-events .year:not([hidden])')
      .evaluateAll((years) => years.map((y) => `#year-${(y as HTMLElement).dataset.year}`));
    await page.locator('details.toc-mobile summary').click();
    const offered = await page
      .locator('details.toc-mobile a[href^="#year-"]')
      .evaluateAll((links) =>
        links.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href'))
      );
    expect(offered).toEqual(shownYears);
    expect(shownYears.length).toBeLessThan(12);
    const count = page.locator('[data-filter-count]');
    expect(await count.getAttribute('role')).toBe('status');
    await page.locator('select[name="kind"]').selectOption({ index: 1 });
    await expect.poll(() => count.innerText()).toMatch(/^\d+ of \d+ events/);
    await context.close();
  });

  it('offers “Show all” only while something is filtered', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/timeline/'));
    const reset = page.getByRole('button', { name: 'Show all' });
    expect(await reset.isVisible()).toBe(false);
    await page.locator('select[name="country"]').selectOption('armenia');
    expect(await reset.isVisible()).toBe(true);
    await reset.click();
    expect(await reset.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('country');
    await context.close();
  });
});

describe('the 404 page', () => {
  it('suggests the pages whose names are like the address, and offers search with its words', async () => {
    const { context, page } = await browser.open(DESKTOP);
    const response = await page.goto(url('/states/armenai/'));
    expect(response?.status()).toBe(404);
    const suggestions = page.getByRole('region', { name: 'Pages with a name like this address' });
    await expect.poll(() => suggestions.isVisible()).toBe(true);
    const first = suggestions.getByRole('link').first();
    expect(new URL((await first.getAttribute('href'))!, siteUrl).pathname).toBe('/states/armenia/');
    const search = page.getByRole('searchbox', { name: 'Search the explainer' });
    expect(await search.inputValue()).toBe('states armenai');
    await search.fill('armenai');
    await search.press('Enter');
    await page.waitForURL(/\/search\/\?q=armenai$/);
    await context.close();
  });

  it('answers an unknown Russian address with the Russian 404 page, suggesting Russian pages', async () => {
    const { context, page } = await browser.open(DESKTOP);
    const response = await page.goto(url('/ru/states/armenai/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    const suggestions = page.locator('page-suggestions [data-suggestions] a');
    await expect.poll(() => suggestions.count()).toBeGreaterThan(0);
    const first = new URL((await suggestions.first().getAttribute('href'))!, siteUrl);
    expect(first.pathname).toBe('/ru/states/armenia/');
    expect(await page.locator('page-suggestions input[name="q"]').inputValue()).toBe(
      'states armenai'
    );
    await context.close();
  });

  it('suggests an event for a mistyped timeline address, and nothing for words no page has', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/timline/kazakhstan-intervention'));
    const suggestions = page.locator('page-suggestions [data-suggestions] a');
    await expect.poll(() => suggestions.count()).toBeGreaterThan(0);
    const first = new URL((await suggestions.first().getAttribute('href'))!, siteUrl);
    expect(first.pathname + first.hash).toBe('/timeline/#kazakhstan-intervention-2022');
    await page.goto(url('/zzqx/'));
    await page.waitForTimeout(200);
    expect(await page.locator('page-suggestions section').isVisible()).toBe(false);
    await context.close();
  });
});
