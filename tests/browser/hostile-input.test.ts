/**
 * Crafted input from the address bar and the search box: markup and script, a 10,000-character
 * query, right-to-left and mixed scripts, emoji, punctuation alone; crafted #fragments and
 * ?highlight= values on content pages. Each must render as text, give a sensible message, log
 * no console error, trigger no Content-Security-Policy violation, and leave the page usable.
 * Runs against the Node server and, in the nginx project, with nginx's CSP header in force: there
 * only what reaches the server (?q= and ?highlight= in the address); what is typed into the
 * dialog and a #fragment never leave the browser, and nginx's policy is the pages' <meta> policy
 * plus frame-ancestors (the build fails otherwise), so those run once, against the Node server.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { url, useBrowser, watchProblems, DESKTOP } from '../support/browser';

const siteUrl = inject('siteUrl');
const onNode = inject('server') === 'node';
const origin = new URL(siteUrl).origin;
const browser = useBrowser();

const WORDS = ['Armenia', 'Pashinyan', 'troops', 'Kazakhstan', 'CSTO'];
const LONG = Array.from({ length: 1200 }, (_, i) => `${WORDS[i % WORDS.length] ?? ''}${i}`)
  .join(' ')
  .slice(0, 10_000);
const QUERIES: [string, string][] = [
  ['markup with an event handler', '<img src=x onerror="window.__pwned=1">'],
  ['a closing quote and a script', '"><script>window.__pwned=2</script><b id=pwned>'],
  ['10,000 characters', LONG],
  ['right-to-left and mixed scripts', 'ארמניה Armenia أرمينيا Армения'],
  ['emoji', '🇦🇲 🕊️ Armenia 👍🏽'],
  ['only punctuation', '?!…;:—«»"\'()[]{}<>'],
];

interface Watch {
  problems: string[];
  verdict(): Promise<{ pwned: unknown; violations: string[]; injected: number }>;
}

/** Console errors, failed requests, policy violations, and any sign that the input ran or rendered as markup. */
async function watch(page: Page): Promise<Watch> {
  const problems = watchProblems(page, origin);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      true
    );
  });
  return {
    problems,
    verdict: () =>
      page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        violations: (window as unknown as { __violations: string[] }).__violations,
        injected: document.querySelectorAll(
          'img[src="x"], [onerror], body script:not([src]), #pwned'
        ).length,
      })),
  };
}

async function expectClean(watched: Watch) {
  const verdict = await watched.verdict();
  expect(verdict.pwned).toBeUndefined();
  expect(verdict.violations).toEqual([]);
  expect(verdict.injected).toBe(0);
  expect(watched.problems).toEqual([]);
}

/** Waits until `selector`'s data-query is `query`: the results answering it are shown. */
const answered = (page: Page, selector: string, query: string) =>
  page.waitForFunction(
    ({ sel, q }) => document.querySelector(sel)?.getAttribute('data-query') === q,
    { sel: selector, q: query },
    { timeout: 20_000 }
  );

describe('the search page with a crafted /search/?q=', () => {
  it.each(QUERIES)(
    '%s: shown as text, with a sensible message, and the page still searches',
    async (_, query) => {
      const { context, page } = await browser.open(DESKTOP);
      const watched = await watch(page);
      await page.goto(url(`/search/?q=${encodeURIComponent(query)}`));
      await answered(page, '.search-results-list', query);
      expect(await page.locator('input[name="q"]').inputValue()).toBe(query);
      const status = page.locator('main .search-status');
      await expect
        .poll(() => status.innerText(), { timeout: 5_000 })
        .toMatch(/^(No results|\d+ results?) for “.+”\.$/su);
      expect((await status.innerText()).length).toBeLessThan(120);
      await expectClean(watched);
      // Still usable: a real query replaces the crafted one and finds the page.
      await page.locator('input[name="q"]').fill('Armenia');
      await answered(page, '.search-results-list', 'Armenia');
      expect(
        await page.locator('.search-results-list a[href*="/states/armenia/"]').count()
      ).toBeGreaterThan(0);
      await expectClean(watched);
      await context.close();
    }
  );
});

if (onNode)
  describe('the search dialog with crafted input', () => {
    it.each(QUERIES)(
      '%s: shown as text, with a sensible message, and the dialog still searches',
      async (_, query) => {
        const { context, page } = await browser.open(DESKTOP);
        const watched = await watch(page);
        await page.goto(url('/states/armenia/'));
        await page.keyboard.press('/');
        const input = page.locator('dialog.search-dialog input[role="combobox"]');
        await input.waitFor();
        await input.fill(query);
        await answered(page, '#search-dialog-listbox', query);
        const status = page.locator('dialog.search-dialog .search-status');
        await expect
          .poll(() => status.innerText(), { timeout: 5_000 })
          .toMatch(/^(No results|\d+ results?) for “.+”\.( Showing the first \d+\.)?$/su);
        expect((await status.innerText()).length).toBeLessThan(150);
        // "See all results" carries the query to the search page, encoded.
        const all = await page.locator('dialog.search-dialog a.search-all').getAttribute('href');
        expect(new URL(all!, siteUrl).searchParams.get('q')).toBe(query);
        await expectClean(watched);
        await input.fill('Pashinyan');
        await answered(page, '#search-dialog-listbox', 'Pashinyan');
        expect(
          await page.locator('#search-dialog-listbox [role="option"]').count()
        ).toBeGreaterThan(0);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('dialog.search-dialog[open]').count()).toBe(0);
        await expectClean(watched);
        await context.close();
      }
    );
  });

const FRAGMENTS: [string, string][] = [
  ['markup', `#${encodeURIComponent('"><img src=x onerror="window.__pwned=3">')}`],
  ['a malformed escape', '#%E0%A4%A'],
  ['a lone percent sign', '#%'],
  ['a selector-like id', '#status, main > *'],
  ['10,000 characters', `#${'x'.repeat(10_000)}`],
  ['right-to-left text', `#${encodeURIComponent('ארמניה')}`],
];

if (onNode)
  describe('content pages with a crafted #fragment', () => {
    it.each(FRAGMENTS)(
      '%s: the page reads normally on the profile and the timeline',
      async (_, fragment) => {
        for (const path of ['/states/armenia/', '/timeline/']) {
          const { context, page } = await browser.open(DESKTOP);
          const watched = await watch(page);
          await page.goto(url(path) + fragment);
          expect(await page.locator('h1').count()).toBe(1);
          await expectClean(watched);
          // The page's own links still work: the first table-of-contents entry lands on its section.
          const entry = page.locator('.toc a').first();
          const id = (await entry.getAttribute('href'))!.slice(1);
          await entry.click();
          await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
          await expectClean(watched);
          await context.close();
        }
      }
    );
  });

const HIGHLIGHTS: [string, string][] = [
  ['markup', '<img src=x onerror="window.__pwned=4">'],
  ['regular-expression syntax', '.*(+[?^$|\\'],
  [
    '10,000 characters of distinct words',
    Array.from({ length: 2000 }, (_, i) => `w${i}x`)
      .join(' ')
      .slice(0, 10_000),
  ],
  ['right-to-left and mixed scripts', 'ארמניה Yerevan أرمينيا'],
  ['emoji', '🇦🇲🕊️ Yerevan'],
  ['only punctuation', '?!…;:—«»'],
];

describe('content pages with a crafted ?highlight=', () => {
  it.each(HIGHLIGHTS)('%s: marks only words, as text, and cleans the address', async (_, value) => {
    const { context, page } = await browser.open(DESKTOP);
    const watched = await watch(page);
    await page.goto(`${url('/states/armenia/')}?highlight=${encodeURIComponent(value)}#%E0%A4%A`);
    // highlight.ts ran: the parameter is gone from the address, the fragment kept as typed.
    await expect.poll(() => page.evaluate(() => location.search), { timeout: 10_000 }).toBe('');
    const marks = await page.locator('mark.search-hit').allInnerTexts();
    if (value.includes('Yerevan')) expect(marks).toContain('Yerevan');
    for (const mark of marks) expect(mark).toMatch(/^[\p{L}\p{N}]+$/u);
    expect(await page.locator('h1').innerText()).toBe('Armenia');
    await expectClean(watched);
    await context.close();
  });
});
