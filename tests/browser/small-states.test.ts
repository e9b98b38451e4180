/**
 * The small states readers trip over: a timeline filter that matches nothing hides its furniture,
 * counts read right and keep the #fragment; a year-only date does not repeat its year heading;
 * the theme control says what it will do, leads back to the system setting and is applied before
 * the first paint after a reload; people are sorted by surname; the Caucasus states are readable
 * in the map's inset.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { url, useBrowser, PHONE, DESKTOP } from '../support/browser';
import { surnameOf } from '../../src/lib/site/people-order';

const browser = useBrowser();

describe('timeline filters', () => {
  it('hide "Jump to" and "On this page" when nothing matches, and bring them back', async () => {
    for (const options of [DESKTOP, PHONE]) {
      const { context, page } = await browser.open(options);
      await page.goto(url('/timeline/?country=uzbekistan&kind=war'));
      const count = page.locator('[data-filter-count]');
      await expect
        .poll(() => count.innerText())
        .toMatch(/^0 of \d+ events: Uzbekistan, .*None match/);
      expect(await page.locator('.year-jump').isVisible()).toBe(false);
      expect(
        await page.locator('nav.toc, details.toc-mobile').filter({ visible: true }).count()
      ).toBe(0);
      await page.getByRole('button', { name: 'Show all' }).click();
      expect(await page.locator('.year-jump').isVisible()).toBe(true);
      expect(
        await page.locator('nav.toc, details.toc-mobile').filter({ visible: true }).count()
      ).toBe(1);
      await context.close();
    }
  });

  it('count one event as "1 of N events" and keep the #fragment in the address', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/timeline/#karabakh-war-2020'));
    await page.locator('select[name="country"]').selectOption('georgia');
    await page.locator('select[name="kind"]').selectOption('membership');
    await expect
      .poll(() => page.locator('[data-filter-count]').innerText())
      .toMatch(/^1 of \d+ events: Georgia, /);
    expect(new URL(page.url()).hash).toBe('#karabakh-war-2020');
    await page.getByRole('button', { name: 'Show all' }).click();
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('#karabakh-war-2020');
    await context.close();
  });
});

it('a year-only date does not repeat the year heading above it', async () => {
  const { context, page } = await browser.open(DESKTOP);
  await page.goto(url('/timeline/'));
  const event = page.locator('section.event', { has: page.locator('h3#uzbekistan-rejoins-2005') });
  const date = event.locator('.event-date');
  expect(await date.locator('time').getAttribute('datetime')).toBe('2005');
  // What shows is what is missing; the year is there for screen readers only.
  expect(await date.locator('.muted').innerText()).toBe('Month and day not given');
  expect(await date.locator('.sr-only').innerText()).toMatch(/^2005:/);
  expect(await date.textContent()).toBe('2005: Month and day not given');
  await context.close();
});

describe('the theme control', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`says what it will do, every press changes the look, and the system's look follows the system again (system ${colorScheme})`, async () => {
      const other = colorScheme === 'light' ? 'dark' : 'light';
      const { context, page } = await browser.open({ ...DESKTOP, colorScheme });
      await page.goto(url('/glossary/'));
      const look = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const systemLook = await look();
      const button = page.locator('theme-toggle button');
      const name = () => button.evaluate((b) => b.textContent!.replace(/\s+/g, ' ').trim());
      const chosen = () =>
        page.evaluate(() => [
          document.documentElement.dataset.theme,
          localStorage.getItem('theme'),
        ]);
      expect(await name()).toBe(`Switch to ${other} theme`);
      await button.click();
      expect(await chosen()).toEqual([other, other]);
      expect(await look()).not.toBe(systemLook);
      expect(await name()).toBe(`Switch to ${colorScheme} theme`);
      // The pinned choice lasts across pages.
      await page.goto(url('/people/'));
      expect(await chosen()).toEqual([other, other]);
      expect(await look()).not.toBe(systemLook);
      // Back to the system's look: the choice is forgotten, and the page follows the system.
      await button.click();
      expect(await look()).toBe(systemLook);
      expect(await chosen()).toEqual([undefined, null]);
      expect(await name()).toBe(`Switch to ${other} theme`);
      // Every press changes the look: there is no step that looks like nothing happened.
      for (let press = 0; press < 3; press++) {
        const before = await look();
        await button.click();
        expect(await look()).not.toBe(before);
      }
      await context.close();
    });
  }

  it('remembers a pinned theme across a reload and applies it before the first paint', async () => {
    const { context, page } = await browser.open({ ...DESKTOP, colorScheme: 'light' });
    // Notes the theme the moment <body> is parsed: after the inline pre-paint script in <head>,
    // before any module script runs and before anything of the page is painted.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        document.documentElement.dataset.themeAtBody =
          document.documentElement.dataset.theme ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url('/glossary/'));
    const atBody = () => page.evaluate(() => document.documentElement.dataset.themeAtBody);
    expect(await atBody()).toBe('none');
    const look = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await look();
    await page.locator('theme-toggle button').click();
    const dark = await look();
    expect(dark).not.toBe(light);

    // Reload with the site's module scripts blocked: what applies the theme is the inline script.
    await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
    await page.reload();
    expect(await atBody()).toBe('dark');
    expect(await look()).toBe(dark);
    await page.unroute(/\/_astro\/.*\.js$/);
    await page.reload();
    expect(
      await page
        .locator('theme-toggle button')
        .evaluate((b) => b.textContent!.replace(/\s+/g, ' ').trim())
    ).toBe('Switch to light theme');
    await context.close();
  });
});

it('lists people A to Z by surname', async () => {
  const { context, page } = await browser.open(DESKTOP);
  await page.goto(url('/people/'));
  const names = (await page.locator('.article section.entry h2').allInnerTexts()).map((n) =>
    n.trim()
  );
  const people = parse(readFileSync('content/people/people.yaml', 'utf8')) as { name: string }[];
  expect(names).toHaveLength(people.length);
  const surnames = names.map(surnameOf);
  expect(surnames).toEqual([...surnames].sort((a, b) => a.localeCompare(b)));
  await context.close();
});

it('shows Armenia, Azerbaijan and Georgia large enough to read and to tap, in an inset', async () => {
  const { context, page } = await browser.open(PHONE);
  await page.goto(url('/states/'));
  const inset = page.locator('.status-map .map-inset');
  for (const id of ['armenia', 'azerbaijan', 'georgia']) {
    const shape = inset.locator(`a.map-inset-state[data-state="${id}"] path`);
    const box = (await shape.boundingBox())!;
    // On a 375 px phone: at least a 24 px target (WCAG 2.2), where the main map gives a few pixels.
    expect(Math.max(box.width, box.height), id).toBeGreaterThanOrEqual(24);
    expect(
      await inset.locator(`a.map-inset-state[data-state="${id}"]`).getAttribute('href')
    ).toMatch(new RegExp(`/states/${id}/$`));
  }
  // The inset repeats the main map's links for the eye: one tab stop per state stays.
  expect(
    await page.locator('.map-inset[aria-hidden="true"] a[tabindex="-1"]').count()
  ).toBeGreaterThanOrEqual(3);
  await context.close();
});
