/**
 * Pinpoint citations as a reader meets them: a marker names the source and its paragraphs, shows
 * the full reference on hover, focus and a first tap, and lands on the paragraph's entry in the
 * source's guide, which says what the paragraph says and links back to every place citing it.
 */
import { describe, expect, it } from 'vitest';
import { url, useBrowser, DESKTOP, PHONE } from '../support/browser';

const browser = useBrowser();

describe('citation markers', () => {
  it('name the source and paragraphs, and every one links to an entry of a paragraph guide', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/states/armenia/'));
    const refs = page.locator('main .cite-ref');
    expect(await refs.count()).toBeGreaterThan(20);
    const hrefs = await refs.evaluateAll((links) =>
      links.map((a) => ({
        text: a.textContent ?? '',
        hash: (a as HTMLAnchorElement).hash,
        path: (a as HTMLAnchorElement).pathname,
      }))
    );
    for (const { text, hash, path } of hrefs) {
      expect(hash, text).toMatch(/^#p\d+$/);
      expect(path, text).toMatch(/\/sources\/[a-z-]+\/$/);
      expect(text, path).toMatch(/¶/);
    }
    await context.close();
  });

  it('land on the paragraph entry they rest on, which lists the place that cited it', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/states/uzbekistan/'));
    const marker = page.locator('main .cite-ref', { hasText: 'Eurasia Review' }).first();
    const hash = await marker.evaluate((a) => (a as HTMLAnchorElement).hash);
    await marker.click();
    await page.waitForURL(/\/sources\/eurasia-review\//);
    expect(new URL(page.url()).hash).toBe(hash);
    const entry = page.locator(`li${hash}`);
    await expect.poll(() => entry.evaluate((el) => el.matches(':target'))).toBe(true);
    expect((await entry.locator('.paragraph-gist').innerText()).length).toBeGreaterThan(20);
    expect(await entry.locator('a[href*="/states/uzbekistan/"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('show the full reference on focus, and Escape hides it', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/'));
    const marker = page.locator('main .cite-ref', { hasText: 'Forbes' }).first();
    const tip = page.locator(`#${await marker.getAttribute('aria-describedby')}`);
    expect(await tip.isVisible()).toBe(false);
    await marker.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain("Russia's Military Alliance Is Slowly Unraveling");
    expect(await tip.innerText()).toMatch(/Paragraph \d+:/);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await context.close();
  });

  it('open their tooltip on a first tap and follow the link on the second', async () => {
    const { context, page } = await browser.open(PHONE);
    await page.goto(url('/states/kazakhstan/'));
    const marker = page.locator('main .cite-ref').first();
    const tip = page.locator(`#${await marker.getAttribute('aria-describedby')}`);
    await marker.scrollIntoViewIfNeeded();
    await marker.tap();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toMatch(/\/states\/kazakhstan\/$/);
    await marker.tap();
    await page.waitForURL(/\/sources\/[a-z-]+\/#p\d+$/);
    await context.close();
  });

  it("are readable without JavaScript, with the page's sources listed in full at its end", async () => {
    const { context, page } = await browser.open({ ...DESKTOP, javaScriptEnabled: false });
    await page.goto(url('/states/armenia/'));
    const references = page.locator('#references').locator('xpath=ancestor::section[1]');
    const items = references.locator('li');
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    expect(await references.innerText()).toContain('Mark Temnycky');
    expect(await references.locator('a[href*="#p"]').count()).toBeGreaterThan(5);
    await context.close();
  });
});
