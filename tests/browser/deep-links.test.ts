/**
 * Deep links land: a cold load of page#id shows the target just below the sticky header; the
 * table of contents and anchor links jump there; "Copy link" puts the full URL in the clipboard,
 * and when the clipboard refuses, the copy buttons say so; and the same holds when the site is
 * built under a sub-path.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { url, useBrowser, PHONE, DESKTOP } from '../support/browser';
import { inRussian } from '../support/site';

const siteUrl = inject('siteUrl');
const published = readFileSync('tests/published-anchors.txt', 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'));
const browser = useBrowser();

/** The target's top relative to the bottom of the sticky header, and whether it is in view. */
async function landing(page: Page, id: string) {
  return page.evaluate((targetId) => {
    const target = document.getElementById(targetId)!;
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    const atBottom = scrollY >= document.documentElement.scrollHeight - innerHeight - 1;
    return { top: box.top, headerBottom: header.bottom, viewport: innerHeight, atBottom };
  }, id);
}

async function expectLanded(page: Page, id: string) {
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(50);
  const where = await landing(page, id);
  expect(where.top, `#${id} is hidden under the header`).toBeGreaterThanOrEqual(
    where.headerBottom - 1
  );
  // Near the top, unless the page has scrolled as far as it goes (a section at the very end). On
  // phones the contents bar and on the timeline the year heading stick below the header too: what
  // is drawn over a target is checked by landing.test.ts.
  const limit = where.atBottom ? where.viewport - 20 : where.headerBottom + 180;
  expect(where.top, `#${id} is not near the top of the view`).toBeLessThan(limit);
}

// A sample across the kinds of anchors: profile sections, events, status rows, people, terms.
const sample = [
  ...published.filter((a) => a.startsWith('/states/')).filter((_, i) => i % 9 === 0),
  ...published.filter((a) => a.startsWith('/timeline/#')).filter((_, i) => i % 6 === 0),
  ...published.filter((a) => a.startsWith('/#status-')).slice(0, 3),
  ...published.filter((a) => a.startsWith('/people/#')).slice(-2),
  ...published.filter((a) => a.startsWith('/glossary/#')).slice(0, 2),
  ...published.filter((a) => a.startsWith('/disagreements/#')).slice(0, 3),
];
// The same anchors land in the Russian edition: a quarter of the sample, every kind included.
sample.push(...sample.filter((_, i) => i % 4 === 0).map(inRussian));

describe('a cold load of page#id shows the target below the header', () => {
  it('has a sample that covers each kind of anchor', () => {
    expect(sample.length).toBeGreaterThan(20);
  });

  it.each(sample)('%s (desktop)', async (anchor) => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url(anchor));
    await expectLanded(page, anchor.split('#')[1]!);
    await context.close();
  });

  it.each(sample.filter((_, i) => i % 3 === 0))('%s (phone)', async (anchor) => {
    const { context, page } = await browser.open(PHONE);
    await page.goto(url(anchor));
    await expectLanded(page, anchor.split('#')[1]!);
    await context.close();
  });
});

describe('moving within a page', () => {
  it('a table-of-contents entry jumps to its section and becomes current', async () => {
    const { context, page } = await browser.open({ ...DESKTOP, reducedMotion: 'reduce' });
    await page.goto(url('/states/armenia/'));
    const entry = page.locator('.toc a').nth(3);
    const id = (await entry.getAttribute('href'))!.slice(1);
    await entry.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
    await expectLanded(page, id);
    await expect.poll(() => entry.getAttribute('aria-current')).toBe('location');
    await context.close();
  });

  it('an anchor link appears on keyboard focus, has a name, and leads to its heading', async () => {
    const { context, page } = await browser.open({ ...DESKTOP, reducedMotion: 'reduce' });
    await page.goto(url('/analysis/'));
    const anchor = page.locator('.heading-wrapper .anchor-link').nth(1);
    const id = (await anchor.getAttribute('href'))!.slice(1);
    const heading = (await page.locator(`#${id}`).innerText()).trim();
    expect(await anchor.getAttribute('href')).toBe(`#${id}`);
    // The controls take no room and show nothing until used: they float over the page, transparent.
    const tools = (a: Element) => ({
      opacity: getComputedStyle(a.closest('.heading-tools-list')!).opacity,
      position: getComputedStyle(a.closest('.heading-tools')!).position,
    });
    await expect.poll(() => anchor.evaluate(tools)).toEqual({ opacity: '0', position: 'absolute' });
    await anchor.focus();
    await expect.poll(() => anchor.evaluate(tools)).toEqual({ opacity: '1', position: 'absolute' });
    // Its accessible name is the visually hidden label (the "#" is aria-hidden).
    expect(
      await page.getByRole('link', { name: `Link to section: ${heading}`, exact: true }).count()
    ).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
    await expectLanded(page, id);
    await context.close();
  });

  it('"Copy link" puts the section URL in the clipboard and says so', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(siteUrl).origin,
    });
    await page.goto(url('/states/kazakhstan/'));
    const wrapper = page
      .locator('.heading-wrapper')
      .filter({ has: page.locator('h2') })
      .nth(1);
    const id = await wrapper.locator('h2').getAttribute('id');
    const button = wrapper.locator('button.copy-link');
    await wrapper.locator('h2').hover();
    await button.click();
    // The copying code loads on this first press, then copies.
    await expect.poll(() => button.innerText()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      url(`/states/kazakhstan/#${id}`)
    );
    await expect.poll(() => page.locator('[role="status"]').innerText()).toContain('copied');
    await context.close();
  });
});

describe('when the browser refuses to write to the clipboard', () => {
  /** A page whose clipboard rejects every write, as a browser without permission does. */
  async function refusingClipboard() {
    const opened = await browser.open(DESKTOP);
    await opened.context.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    return opened;
  }

  it('"Copy link" says it failed and gives the link, never "Copied"', async () => {
    const { context, page } = await refusingClipboard();
    await page.goto(url('/states/kazakhstan/'));
    const wrapper = page
      .locator('.heading-wrapper')
      .filter({ has: page.locator('h2') })
      .nth(1);
    const id = await wrapper.locator('h2').getAttribute('id');
    const title = (await wrapper.locator('h2').innerText()).trim();
    const button = wrapper.locator('button.copy-link');
    await wrapper.locator('h2').hover();
    await button.click();
    await expect.poll(() => button.innerText()).toBe('Copy failed');
    expect(await button.getAttribute('aria-label')).toBe(`Copy failed: link to section: ${title}`);
    await expect
      .poll(() => page.locator('[data-live-region]').innerText())
      .toBe(`Could not copy. The link is ${url(`/states/kazakhstan/#${id}`)}`);
    await context.close();
  });

  it('"Cite" and "Copy citation" say they failed and select the citation to copy by hand', async () => {
    const { context, page } = await refusingClipboard();
    await page.goto(url('/states/armenia/'));
    const heading = page.locator('h2#grievances');
    await heading.hover();
    await page
      .locator('.heading-wrapper')
      .filter({ has: heading })
      .locator('button.cite-section')
      .click();
    const panel = page.locator('.cite-panel');
    await expect
      .poll(() => panel.locator('.cite-panel-status').innerText())
      .toBe('Copying failed. Select the citation and copy it:');
    const citation = await panel.locator('.cite-panel-text').innerText();
    // The page's public address when the build knows one (SITE_URL: the nginx run), else the
    // address it was read at.
    const address =
      (await page.locator('details.cite-this').getAttribute('data-cite-url')) ||
      url('/states/armenia/');
    expect(address).toMatch(/\/states\/armenia\/$/);
    expect(citation).toContain(`${address}#grievances`);
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(citation);
    await expect
      .poll(() => page.locator('[data-live-region]').innerText())
      .toMatch(/^Could not copy\./);

    const box = page.locator('details.cite-this');
    await box.locator('summary').click();
    const copy = box.locator('[data-cite-copy]');
    await copy.click();
    await expect.poll(() => copy.innerText()).toBe('Copy failed');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(
      await box.locator('[data-cite-text]').innerText()
    );
    await expect
      .poll(() => page.locator('[data-live-region]').innerText())
      .toBe('Could not copy. The citation is selected: copy it with your keyboard or menu.');
    await context.close();
  });
});

describe('under a sub-path (BASE_PATH=/csto/)', () => {
  const subPathUrl = inject('subPathUrl');

  it('pages, assets and section links carry the base path and land', async () => {
    const { context, page } = await browser.open(DESKTOP);
    const failures: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(new URL('states/armenia/', subPathUrl).href);
    expect(await page.locator('h1').innerText()).toBe('Armenia');
    const hrefs = await page
      .locator('a[href^="/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(20);
    expect(hrefs.filter((href) => !href.startsWith('/csto/'))).toEqual([]);
    // A link written in MDX as "/timeline/#…" leads to the sub-path timeline and lands.
    const eventLink = page.locator('.article a[href^="/csto/timeline/#"]').first();
    const id = (await eventLink.getAttribute('href'))!.split('#')[1]!;
    await eventLink.click();
    await page.waitForURL(`**/csto/timeline/#${id}`);
    await expectLanded(page, id);
    expect(failures).toEqual([]);
    await context.close();
  });

  it('the 404 page answers unknown addresses with its own page', async () => {
    const { context, page } = await browser.open(DESKTOP);
    const response = await page.goto(new URL('no-such-page/', subPathUrl).href);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.locator('a', { hasText: 'Start at the overview' }).getAttribute('href')).toBe(
      '/csto/'
    );
    await context.close();
  });
});
