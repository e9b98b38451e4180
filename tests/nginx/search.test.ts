/**
 * Search as nginx serves it. What search does is the same on any server (tests/browser/search.test.ts
 * checks it against the Node server); what nginx changes is how its files arrive: the index,
 * metadata, WebAssembly and fragments, with their types, encodings and caching, under the
 * Content-Security-Policy header, in the production build and under /csto/. So: one search in the
 * dialog that fetches every kind of Pagefind file and lands on its result, the search page from a
 * shared link, and the same under the sub-path, each without a console error or failed request.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, url, useBrowser, watchProblems } from '../support/browser';

const siteUrl = inject('siteUrl');
const subPathUrl = inject('subPathUrl');
const browser = useBrowser();
const LISTBOX = '#search-dialog-listbox';

/** Opens the dialog with "/", types `query` and waits for all its results. */
async function searchInDialog(page: Page, query: string) {
  await page.keyboard.press('/');
  await page.locator('dialog.search-dialog[open]').waitFor();
  await page.locator('dialog.search-dialog input[role="combobox"]').fill(query);
  await page.waitForFunction(
    ({ sel, q }) => document.querySelector(sel)?.getAttribute('data-complete') === q,
    { sel: LISTBOX, q: query }
  );
}

/**
 * Watches the excerpt fragments a page fetches; `settled()` is true once at least one was
 * requested and none is still loading. Leaving the page before then aborts them, which the
 * problems watcher rightly reports as failed requests (seen under load in npm test).
 */
function watchFragments(page: Page) {
  let started = 0;
  const pending = new Set<unknown>();
  const fragment = (u: string) => /\.pf_fragment$/.test(u);
  page.on('request', (r) => {
    if (fragment(r.url())) {
      started++;
      pending.add(r);
    }
  });
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
  return { settled: () => started > 0 && pending.size === 0 };
}

/** Waits for the search page's results for `query`; returns the paths they link to. */
async function searchPageResults(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction(
    (q) => document.querySelector('.search-results-list')?.getAttribute('data-query') === q,
    query
  );
  return page
    .locator('.search-result-title a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search served by nginx', () => {
  it('the dialog loads the index, metadata, WebAssembly and fragments, and its result lands', async () => {
    const { context, page } = await browser.open(DESKTOP);
    const problems = watchProblems(page, new URL(siteUrl).origin);
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(url('/background/'));
    await searchInDialog(page, 'Yerevan');
    for (const kind of [
      /pagefind\.js$/,
      /\.pf_meta$/,
      /wasm\.[a-z]+\.pagefind$/,
      /\.pf_index$/,
      /\.pf_fragment$/,
    ])
      await expect
        .poll(() => fetched.some((path) => kind.test(path)), { message: String(kind) })
        .toBe(true);
    const first = page.locator(`${LISTBOX} a[role="option"]`).first();
    const target = new URL((await first.getAttribute('href'))!, page.url());
    await Promise.all([
      page.waitForURL((u) => u.pathname === target.pathname),
      page.keyboard.press('Enter'),
    ]);
    await expect.poll(() => page.locator('mark.search-hit').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on /ru/, the dialog loads the Russian index and WebAssembly, and a case form lands on its entry', async () => {
    const { context, page } = await browser.open(DESKTOP);
    const problems = watchProblems(page, new URL(siteUrl).origin);
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    const fragments = watchFragments(page);
    await page.goto(url('/ru/background/'));
    await searchInDialog(page, 'Армении');
    await expect.poll(() => fragments.settled(), { timeout: 5000 }).toBe(true);
    expect(fetched).toContain('/pagefind/wasm.ru.pagefind');
    expect(fetched.some((path) => /\/pagefind\/pagefind\.ru_[^/]+\.pf_meta$/.test(path))).toBe(
      true
    );
    expect(fetched.some((path) => /wasm\.en\.pagefind$/.test(path))).toBe(false);
    expect(fetched).toContain('/ru/search/lexicon.json');
    const first = page.locator(`${LISTBOX} a[role="option"]`).first();
    expect(new URL((await first.getAttribute('href'))!, page.url()).pathname).toBe(
      '/ru/states/armenia/'
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a shared /search/?q= link shows its results', async () => {
    const { context, page } = await browser.open(DESKTOP);
    const problems = watchProblems(page, new URL(siteUrl).origin);
    await page.goto(url('/search/?q=Toqaev'));
    expect((await searchPageResults(page, 'Toqaev')).slice(0, 3)).toContain('/people/');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('under /csto/, the dialog and the search page find and link within the sub-path', async () => {
    const { context, page } = await browser.open(DESKTOP);
    const problems = watchProblems(page, new URL(subPathUrl).origin);
    const fragments = watchFragments(page);
    await page.goto(subPathUrl);
    await searchInDialog(page, 'Bishkek');
    await expect.poll(() => fragments.settled(), { timeout: 5000 }).toBe(true);
    const links = await page
      .locator(`${LISTBOX} a[role="option"]`)
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith('/csto/')).toBe(true);
    await page.goto(url('/search/?q=Minsk', subPathUrl));
    expect((await searchPageResults(page, 'Minsk'))[0]).toMatch(/^\/csto\/states\/belarus\//);
    expect(problems).toEqual([]);
    await context.close();
  });
});
