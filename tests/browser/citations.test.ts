/**
 * Citations as a reader meets them: a small numbered marker after the punctuation, one tab stop,
 * named in words; activating it opens a popover with the references and what each cited paragraph
 * says (from the page's own sources list), inside the viewport from 320 px up, closed by Escape
 * (focus back on the marker) or a tap outside. Without JavaScript the marker leads to its note at
 * the page's foot, which leads on to the paragraph's entry in the source's guide.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, url, useBrowser, DESKTOP, PHONE } from '../support/browser';

const browser = useBrowser();

const popover = (page: Page) => page.locator('#cite-popover');
const isOpen = (page: Page) =>
  page.evaluate(() => document.querySelector('#cite-popover')?.matches(':popover-open') ?? false);

describe('citation markers', () => {
  it('are named in words for screen readers, with no pilcrow, and are buttons once enhanced', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/'));
    const first = page.locator('main a.cite').first();
    expect(await first.ariaSnapshot()).toMatch(
      /^- '?button "Sources?: [A-Z][^"¶]+, paragraphs? \d+[^"¶]*\. Note 1"/
    );
    const names = await page
      .locator('main a.cite')
      .evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) expect(name).toMatch(/^Sources?: [^¶]+\. Note \d+$/);
    await context.close();
  });

  it('are one tab stop each', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/states/armenia/'));
    const marker = page.locator('main a.cite').nth(4);
    await marker.focus();
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');
    await page.keyboard.press('Shift+Tab');
    expect(await marker.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await marker.evaluate((el) => el === document.activeElement), next).toBe(true);
    expect(await marker.locator('a, button, [tabindex]').count()).toBe(0);
    await context.close();
  });

  it('open with Enter and Space, and Escape closes and returns focus to the marker', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/'));
    const marker = page.locator('main a.cite').nth(2);
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cite-popover');
    expect(new URL(page.url()).hash).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await marker.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await marker.getAttribute('aria-expanded')).toBe('false');

    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press(' ');
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await marker.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it("show the references and what each cited paragraph says, from the page's sources list", async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/'));
    // A marker citing Forbes and its Filenews reprint: one account, the reprint under the original.
    const marker = page
      .locator('main a.cite[data-cite*="forbes:"][data-cite*="filenews:"]')
      .first();
    const refs = (await marker.getAttribute('data-cite'))!.split(' ');
    expect(await marker.getAttribute('aria-label')).toMatch(
      /Forbes, paragraphs? [^;]+, reprinted by Filenews/
    );
    await marker.click();
    await expect.poll(() => isOpen(page)).toBe(true);
    const text = await popover(page).innerText();
    expect(text).toContain("Russia's Military Alliance Is Slowly Unraveling");
    expect(text).toContain('Reprinted by Filenews');
    for (const raw of refs) {
      const [source, runs] = raw.split(':') as [string, string];
      const n = Number(runs.split(/[,-]/)[0]);
      const gist = await page.locator(`.references [data-p="${source}:${n}"] .gist`).innerText();
      expect(text).toContain(gist);
      expect(
        await popover(page).locator(`a[href$="/sources/${source}/#p${n}"]`).count()
      ).toBeGreaterThan(0);
    }
    // Written once: the page's HTML holds each gist in the sources list only.
    const html = await (await fetch(url('/'))).text();
    const gist = await page.locator('.references .gist').first().innerText();
    expect(html.split(gist.slice(0, 60)).length - 1).toBe(1);
    await context.close();
  });

  it('close on a tap outside, on a phone', async () => {
    const { context, page } = await browser.open(PHONE);
    await page.goto(url('/states/kazakhstan/'));
    const marker = page.locator('main a.cite').nth(3);
    await marker.scrollIntoViewIfNeeded();
    await marker.tap();
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(new URL(page.url()).pathname).toMatch(/\/states\/kazakhstan\/$/);
    // A tap on the page above the sheet, in the margin beside the text: nothing there to follow.
    const box = (await marker.evaluate((el) => el.getBoundingClientRect().toJSON())) as DOMRect;
    const y = Math.max(80, box.top - 24);
    expect(
      await page.evaluate(
        ([x, y]) => !document.elementFromPoint(x!, y!)?.closest('a, button'),
        [4, y]
      )
    ).toBe(true);
    await page.touchscreen.tap(4, y);
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(new URL(page.url()).pathname).toMatch(/\/states\/kazakhstan\/$/);
    await context.close();
  });

  it('preview on a resting mouse and close when it leaves', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/timeline/'));
    const marker = page.locator('main a.cite').nth(5);
    await marker.scrollIntoViewIfNeeded();
    await marker.hover();
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('cite-popover');
    await page.mouse.move(5, 400);
    await expect.poll(() => isOpen(page)).toBe(false);
    await context.close();
  });
});

describe('an open citation popover', () => {
  for (const [device, options] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`passes axe, with the markers around it (${device}, ${colorScheme})`, async () => {
        const { context, page } = await browser.open({ ...options, colorScheme });
        await page.goto(url('/states/armenia/'));
        const marker = page.locator('main a.cite').nth(6);
        await marker.scrollIntoViewIfNeeded();
        await marker.click();
        await expect.poll(() => isOpen(page)).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('citation popovers stay inside the viewport', () => {
  for (const width of [320, 390, 1280]) {
    for (const path of ['/', '/states/armenia/', '/timeline/']) {
      it(`the first 20 markers of ${path} at ${width} px`, async () => {
        const { context, page } = await browser.open(
          width < 500
            ? { ...PHONE, viewport: { width, height: 700 } }
            : { viewport: { width, height: 860 } }
        );
        await page.goto(url(path));
        const markers = page.locator('main a.cite');
        const outside: string[] = [];
        const count = Math.min(20, await markers.count());
        for (let i = 0; i < count; i++) {
          const marker = markers.nth(i);
          await marker.scrollIntoViewIfNeeded();
          await marker.click();
          await expect.poll(() => isOpen(page)).toBe(true);
          const box = (await popover(page).evaluate((el) =>
            el.getBoundingClientRect().toJSON()
          )) as DOMRect;
          const view = await page.evaluate(() => ({
            width: document.documentElement.clientWidth,
            height: window.innerHeight,
          }));
          const marked = (await marker.evaluate((el) =>
            el.getBoundingClientRect().toJSON()
          )) as DOMRect;
          if (box.left < 0 || box.top < 0 || box.right > view.width || box.bottom > view.height)
            outside.push(`marker ${i + 1}: ${JSON.stringify(box)} in ${view.width}×${view.height}`);
          // The marker itself stays in view, not under the popover.
          if (
            marked.top < -1 ||
            marked.bottom > view.height + 1 ||
            (marked.bottom > box.top &&
              marked.top < box.bottom &&
              marked.right > box.left &&
              marked.left < box.right)
          )
            outside.push(`marker ${i + 1} is hidden: ${JSON.stringify(marked)}`);
          await page.keyboard.press('Escape');
          await expect.poll(() => isOpen(page)).toBe(false);
        }
        expect(outside).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('citations without JavaScript', () => {
  it('lead from the marker to its note, and from the note to the paragraph guide', async () => {
    const { context, page } = await browser.open({ ...DESKTOP, javaScriptEnabled: false });
    await page.goto(url('/states/uzbekistan/'));
    const marker = page.locator('main a.cite').first();
    expect(await marker.ariaSnapshot()).toMatch(/^- '?link "Sources?: [^¶"]+\. Note 1"/);
    await marker.click();
    expect(new URL(page.url()).hash).toBe('#note-1');
    const note = page.locator('#note-1').locator('xpath=..');
    await expect.poll(() => note.isVisible()).toBe(true);
    const guide = note.locator('a[href*="/sources/"]').first();
    const hash = await guide.evaluate((a) => (a as HTMLAnchorElement).hash);
    expect(hash).toMatch(/^#p\d+$/);
    await guide.click();
    await page.waitForURL(/\/sources\/[a-z-]+\/#p\d+$/);
    const entry = page.locator(`li${hash}`);
    expect((await entry.locator('.paragraph-gist').innerText()).length).toBeGreaterThan(20);
    expect(await entry.locator('a[href*="/states/uzbekistan/"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it("list the page's sources in full at its end, each cited paragraph with what it says", async () => {
    const { context, page } = await browser.open({ ...DESKTOP, javaScriptEnabled: false });
    await page.goto(url('/states/armenia/'));
    const references = page.locator('section.references');
    expect(await references.locator('.printing').count()).toBeGreaterThanOrEqual(3);
    expect(await references.innerText()).toContain('Mark Temnycky');
    expect(await references.locator('.cited-paragraphs li').count()).toBeGreaterThan(10);
    expect(await references.locator('.notes li').count()).toBe(
      await page.locator('main a.cite').count()
    );
    await context.close();
  });
});
