/**
 * What the Russian edition adds to what every page is checked for (every-page*.test.ts sweep the
 * /ru/ pages like the English ones): the language switch keeps the reader's place with JavaScript
 * and leads to the twin page without it; the browser tools speak the page's language; search on
 * /ru/ finds a Russian name in its cases and a Latin name, search on the English site a Cyrillic
 * one, a question in either lands on the section that answers it and a query naming several things
 * on the event where they meet; a translated quotation's original opens on a press, without
 * JavaScript too.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, url, useBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const LISTBOX = '#search-dialog-listbox';

/** Opens the dialog with "/", types `query`, and returns the first result's path and hash. */
async function firstResult(page: Page, query: string): Promise<string> {
  await page.keyboard.press('/');
  await page.locator('dialog.search-dialog[open]').waitFor();
  await page.locator('dialog.search-dialog input[role="combobox"]').fill(query);
  await page.waitForFunction(
    ({ sel, q }) => document.querySelector(sel)?.getAttribute('data-complete') === q,
    { sel: LISTBOX, q: query }
  );
  const href = await page.locator(`${LISTBOX} a[role="option"]`).first().getAttribute('href');
  const target = new URL(href!, page.url());
  return target.pathname + target.hash;
}

describe('the language switch', () => {
  it('with JavaScript, keeps the section the reader is on', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/states/armenia/#grievances'));
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/ru/states/armenia/'),
      page.locator('a[data-lang-switch]').click(),
    ]);
    expect(new URL(page.url()).hash).toBe('#grievances');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    // And back, from the Russian page to the English one, the search page's query kept.
    await page.goto(url('/ru/search/?q=Pashinyan'));
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/search/'),
      page.locator('a[data-lang-switch]').click(),
    ]);
    expect(new URL(page.url()).search).toBe('?q=Pashinyan');
    await context.close();
  });

  it('without JavaScript, leads to the twin page', async () => {
    const { context, page } = await browser.open({ ...DESKTOP, javaScriptEnabled: false });
    await page.goto(url('/ru/timeline/'));
    const link = page.locator('a[data-lang-switch]');
    expect(await link.getAttribute('href')).toBe('/timeline/');
    expect(await link.getAttribute('hreflang')).toBe('en');
    await Promise.all([page.waitForURL((u) => u.pathname === '/timeline/'), link.click()]);
    await context.close();
  });
});

describe('the browser tools speak the page’s language', () => {
  it('on /ru/: copying a link, the citation popover and the search dialog are in Russian', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(siteUrl).origin,
    });
    await page.goto(url('/ru/states/kazakhstan/'));
    const wrapper = page
      .locator('.heading-wrapper')
      .filter({ has: page.locator('h2') })
      .nth(1);
    await wrapper.locator('h2').hover();
    const button = wrapper.locator('button.copy-link');
    await button.click();
    await expect.poll(() => button.innerText()).toBe('Скопировано');
    await expect.poll(() => page.locator('[role="status"]').innerText()).toContain('скопирована');

    await page.locator('main a.cite').first().click();
    await expect
      .poll(() => page.locator('#cite-popover .cite-popover-title').innerText())
      .toMatch(/^Источники, примечание \d+$/);
    await page.keyboard.press('Escape');

    await page.keyboard.press('/');
    const input = page.locator('dialog.search-dialog input[role="combobox"]');
    await input.waitFor();
    expect(await input.getAttribute('placeholder')).toBe('Поиск по сайту');
    expect(await page.locator('dialog.search-dialog .search-empty').textContent()).toContain(
      'Попробуйте'
    );
    await context.close();
  });

  it('"Cite this page" on /ru/ cites in Russian with the date of access in Russian', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url('/ru/timeline/kazakhstan-intervention-2022/'));
    const box = page.locator('details.cite-this');
    await box.locator('summary').click();
    await expect
      .poll(() => box.locator('[data-cite-text]').innerText())
      .toMatch(/^ОДКБ под вопросом\./);
    const month = await page.evaluate(
      () => new Date().toLocaleString('ru', { day: 'numeric', month: 'long' }).split(' ')[1]
    );
    await expect.poll(() => box.locator('[data-cite-text]').innerText()).toContain(month!);
    await context.close();
  });

  it('the phone menu on /ru/ is titled and closed in Russian', async () => {
    const { context, page } = await browser.open(PHONE);
    await page.goto(url('/ru/states/armenia/'));
    await page.locator('button.menu-button').click();
    const drawer = page.getByRole('dialog', { name: 'Меню' });
    await expect.poll(() => drawer.isVisible()).toBe(true);
    expect(await drawer.getByRole('button', { name: 'Закрыть' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('search in each edition', () => {
  it.each([
    ['/ru/', 'Казахстаном', '/ru/states/kazakhstan/'],
    ['/ru/', 'Пашиняна', '/ru/people/#pashinyan'],
    ['/ru/', 'Tokayev', '/ru/people/#tokayev'],
    ['/', 'Токаев', '/people/#tokayev'],
  ])('on %s, “%s” lands first on %s', async (home, query, target) => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url(home));
    expect(await firstResult(page, query)).toBe(target);
    await context.close();
  });
});

describe('a question lands on the section that answers it, in each edition', () => {
  it.each([
    ['/', 'did armenia quit the csto', '/disagreements/#armenia-left-or-frozen'],
    ['/ru/', 'что вызвало протесты в Казахстане', '/ru/disagreements/#unrest-cause'],
  ])('on %s, “%s”: the first result leads with %s', async (home, query, target) => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url(home));
    await firstResult(page, query);
    const links = await page
      .locator(`${LISTBOX} [role="group"]`)
      .first()
      .locator('a[role="option"]')
      .evaluateAll((as) =>
        as.map((a) => {
          const u = new URL((a as HTMLAnchorElement).href);
          return u.pathname + u.hash;
        })
      );
    // The page's link, then its sections, the answer first.
    expect(links[1]).toBe(target);
    await context.close();
  });
});

describe('a query naming several things lands where they meet, in each edition', () => {
  // A profile, a person's or a term's entry holds one of the things named; the event holds them
  // all, in words of its title and summary that are not the query's ("calls up": mobilises).
  it.each([
    ['/', 'russia calls up reservists ukraine', '/timeline/russian-mobilization-2022/'],
    ['/ru/', 'Жапаров юбилей Путина СНГ', '/ru/timeline/japarov-skips-cis-2022/'],
  ])('on %s, “%s” lands first on %s', async (home, query, target) => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url(home));
    expect(await firstResult(page, query)).toBe(target);
    await context.close();
  });
});

describe('a translated quotation', () => {
  it.each([true, false])(
    'shows its English original on a press of its mark (JavaScript %s)',
    async (javaScriptEnabled) => {
      const { context, page } = await browser.open({ ...DESKTOP, javaScriptEnabled });
      await page.goto(url('/ru/states/armenia/'));
      const quote = page.locator('main .q').first();
      const note = quote.locator('.q-note');
      expect(await note.isVisible()).toBe(false);
      await quote.locator('button.q-mark').click();
      await expect.poll(() => note.isVisible()).toBe(true);
      expect(await note.locator('.q-original').getAttribute('lang')).toBe('en');
      expect(await note.locator('.q-original').innerText()).toMatch(/^“.+”$/);
      await context.close();
    }
  );
});
