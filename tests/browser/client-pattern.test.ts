/**
 * The one client pattern (issue 21 item 5): every enhancement is a custom element whose listeners
 * go when it leaves the page and come back once when it returns (src/client/site-element.ts), and
 * Escape closes the topmost open thing only, moving focus once (src/client/layers.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, DESKTOP, PHONE, type TestBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const url = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Takes an element off the page and puts it back where it was (as a framework's re-render would). */
function reconnect(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel)!;
    const parent = element.parentNode!;
    const next = element.nextSibling;
    element.remove();
    parent.insertBefore(element, next);
  }, selector);
}

/** Counts clipboard writes in the page (the copy buttons' one effect that can be counted). */
function countCopies(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { copies: string[] };
    w.copies = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void w.copies.push(text) },
    });
  });
}
const copies = (page: Page) =>
  page.evaluate(() => (window as unknown as { copies: string[] }).copies.length);

const activeName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el
      ? `${el.tagName.toLowerCase()}${el.className ? `.${el.className.split(' ')[0]}` : ''}`
      : '';
  });

describe('Escape closes the topmost open thing, and only it', () => {
  it('in the search dialog over a section’s citation panel: the dialog first, then the panel', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/states/armenia/'));
    await countCopies(page);
    const cite = page.locator('.heading-wrapper button.cite-section').first();
    await cite.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('.cite-panel');
    await expect.poll(() => panel.count()).toBe(1);
    await page.keyboard.press('/');
    const input = page.locator('#search-dialog-input');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Escape');
    expect(
      await page.locator('dialog.search-dialog').evaluate((d) => (d as HTMLDialogElement).open)
    ).toBe(false);
    expect(await panel.count(), 'the panel behind the dialog stays open').toBe(1);
    // "/" was pressed with focus on the Cite button: focus goes back there, once.
    expect(await activeName(page)).toBe('button.cite-section');

    await page.keyboard.press('Escape');
    expect(await panel.count()).toBe(0);
    expect(await activeName(page)).toBe('button.cite-section');
    await context.close();
  });

  it('in the search dialog over a heading’s open controls on a touch screen: the dialog first', async () => {
    const { context, page } = await browser.open(PHONE);
    await page.goto(url('/timeline/'));
    const toggle = page
      .locator('#timeline-events .heading-wrapper')
      .nth(2)
      .getByRole('button', { name: /^Link and citation: / });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('/');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('search-dialog-input');

    await page.keyboard.press('Escape');
    expect(await page.locator('dialog.search-dialog[open]').count()).toBe(0);
    expect(await toggle.getAttribute('aria-expanded'), 'the controls behind stay open').toBe(
      'true'
    );
    expect(await activeName(page)).toBe('button.heading-tools-toggle');

    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await activeName(page)).toBe('button.heading-tools-toggle');
    await context.close();
  });

  it('“Cite this page” open behind the search dialog stays open when Escape closes the dialog', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/timeline/kazakhstan-intervention-2022/'));
    const box = page.locator('details.cite-this');
    // The box's code loads on first opening: hold it back until the dialog is open, as a slow
    // network would. The box must stay below the dialog (it joined the layers when it opened,
    // not when its code arrived).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/cite-this.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await box.locator('summary').click();
    await page.keyboard.press('Control+k');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('search-dialog-input');
    release();
    await box.locator('[data-cite-copy]').waitFor();
    await page.keyboard.press('Escape');
    expect(await box.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await activeName(page)).toBe('summary');
    await page.keyboard.press('Escape');
    expect(await box.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await context.close();
  });
  it('a citation popover opened after “Cite this page” closes first, then the box', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/timeline/kazakhstan-intervention-2022/'));
    const box = page.locator('details.cite-this');
    await box.locator('summary').click();
    await page.locator('a.cite[data-cite]').first().click();
    const popoverOpen = () =>
      page.evaluate(() => document.querySelector('#cite-popover')?.matches(':popover-open'));
    await expect.poll(popoverOpen).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(popoverOpen).toBe(false);
    expect(await box.evaluate((d) => (d as HTMLDetailsElement).open), 'the box stays open').toBe(
      true
    );
    await page.keyboard.press('Escape');
    expect(await box.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await context.close();
  });
});

describe('an element taken off the page and put back works once', () => {
  it('“Copy citation” copies once after <article-tools> is reconnected', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/timeline/kazakhstan-intervention-2022/'));
    await countCopies(page);
    await reconnect(page, 'article-tools');
    await page.locator('details.cite-this summary').click();
    await page.locator('[data-cite-copy]').click();
    await expect.poll(() => copies(page)).toBeGreaterThan(0);
    await page.waitForTimeout(200);
    expect(await copies(page)).toBe(1);
    await context.close();
  });

  it('the theme button switches once per press after <theme-toggle> is reconnected', async () => {
    const { context, page } = await browser.open({ ...DESKTOP, colorScheme: 'light' });
    await page.goto(url('/'));
    await reconnect(page, 'theme-toggle');
    await page.locator('theme-toggle button').click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await context.close();
  });

  it('the menu opens one drawer after <site-drawer> is reconnected, and a removed one leaves none', async () => {
    const { context, page } = await browser.open(PHONE);
    await page.goto(url('/people/'));
    await reconnect(page, 'site-drawer');
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect.poll(() => page.locator('dialog.drawer[open]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.querySelector('site-drawer')!.remove());
    expect(await page.locator('dialog.drawer').count(), 'the drawer went with its element').toBe(0);
    // The skip link to the navigation is an ordinary link again.
    await context.close();
  });
});
