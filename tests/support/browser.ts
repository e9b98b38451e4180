/**
 * Chromium for the browser tests: Debian's build driven by playwright-core, kept off the network
 * (scripts/chromium.mjs owns the path, the flags and the scratch TMPDIR), and what every browser
 * test file needs: the site's addresses (`url`), one browser per file (`useBrowser`), axe with the
 * site's WCAG tags (`axeViolations`), and the console and network problems of a page
 * (`watchProblems`).
 */
import { afterAll, beforeAll, expect, inject } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Page,
  Request,
} from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { launchChromium, reportUncountedCpu } from '../../scripts/chromium.mjs';

export const PHONE = {
  viewport: { width: 375, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
} as const;
export const DESKTOP = { viewport: { width: 1280, height: 860 } } as const;

/**
 * The address of a page of the site under test: `url('/states/armenia/#grievances')`. Paths are
 * below the base path; `base` is the site's address (inject('siteUrl') unless given, e.g. the
 * sub-path build's inject('subPathUrl')).
 */
export function url(path: string, base: string = inject('siteUrl')): string {
  return new URL(path.replace(/^\//, ''), base).href;
}

export interface TestBrowser {
  browser: Browser;
  /** A fresh context (cookies, storage, permissions) with one page. */
  open(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function launch(): Promise<TestBrowser> {
  const browser = await launchChromium();
  return {
    browser,
    async open(options = DESKTOP) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      return { context, page };
    },
    async close() {
      // Chromium's renderers are left to init when it closes: their CPU is counted here, before.
      reportUncountedCpu(browser);
      await browser.close();
    },
  };
}

/**
 * One Chromium for the calling test file: launched before its tests, closed after them. Call it at
 * the top level of the file; the returned browser is usable inside tests and hooks.
 */
export function useBrowser(): TestBrowser {
  let launched: TestBrowser | undefined;
  beforeAll(async () => {
    launched = await launch();
  });
  afterAll(async () => {
    await launched?.close();
  });
  const current = () => {
    if (!launched)
      throw new Error('useBrowser(): the browser starts in beforeAll; use it in tests');
    return launched;
  };
  return {
    get browser() {
      return current().browser;
    },
    open: (options) => current().open(options),
    close: () => current().close(),
  };
}

/** The WCAG 2.2 A and AA rules the site is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One h1, one main, one site header and footer, one labelled site navigation, no unlabelled nav. */
export async function expectOneOfEachLandmark(page: Page): Promise<void> {
  expect(await page.locator('h1').count()).toBe(1);
  expect(await page.locator('main#content').count()).toBe(1);
  expect(await page.locator('header.site-header').count()).toBe(1);
  expect(await page.locator('footer.site-footer').count()).toBe(1);
  expect(await page.locator('nav#site-nav[aria-label]').count()).toBe(1);
  expect(await page.locator('nav:not([aria-label]):not([aria-labelledby])').count()).toBe(0);
}

/**
 * axe's violations on the page as it is now, one line each: rule, first targets, why. axe runs in
 * the page itself (legacy mode: the site has no frames, so the cross-frame run, which opens a
 * second page and loads axe into it again, adds nothing), and reports only violations (what passed
 * is not collected node by node). Together about a third of the time per page.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} (${n.failureSummary?.replace(/\s+/g, ' ')})`)
        .join(' | ')}`
  );
}

/** Collects console errors and failed or off-site requests of a page, for "no errors" assertions. */
export function watchProblems(page: Page, siteOrigin: string): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`)
  );
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(siteOrigin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.push(`off-site request: ${url}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * Watches the search excerpt fragments a page fetches; `settled()` is true once at least one was
 * requested and none is still loading. Leaving the page before then aborts them, which
 * `watchProblems` rightly reports as failed requests (seen under load in npm test).
 */
export function watchFragments(page: Page): { settled(): boolean } {
  let started = 0;
  const pending = new Set<Request>();
  page.on('request', (r) => {
    if (r.url().endsWith('.pf_fragment')) {
      started++;
      pending.add(r);
    }
  });
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
  return { settled: () => started > 0 && pending.size === 0 };
}

/** Bytes a page fetched, gzip level 9 of each decoded body, by kind. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

/**
 * Watches what the page fetches (documents, stylesheets, scripts); `weigh()`, called while the
 * page is open, then gives their sizes gzipped at level 9, as the byte budgets count them. The bodies are the files' bytes, so the
 * figures depend on the build alone, not on the server or the machine.
 */
export function watchWeight(page: Page): { weigh(): Promise<PageWeight> } {
  const kinds: Record<string, keyof PageWeight> = {
    document: 'html',
    stylesheet: 'css',
    script: 'js',
  };
  const finished: { kind: keyof PageWeight; request: Request }[] = [];
  page.on('requestfinished', (request) => {
    const kind = kinds[request.resourceType()];
    if (kind) finished.push({ kind, request });
  });
  return {
    async weigh() {
      const weight: PageWeight = { html: 0, css: 0, js: 0 };
      for (const { kind, request } of finished) {
        const body = await (await request.response())?.body();
        if (body) weight[kind] += gzipSync(body, { level: 9 }).length;
      }
      return weight;
    },
  };
}

/**
 * Opens `path` of the site under test in a fresh context and waits for `load`; it must answer 200.
 * Returns the page with its problems (`watchProblems`) and weight (`watchWeight`) being watched.
 */
export async function visit(
  browser: TestBrowser,
  path: string,
  options: BrowserContextOptions = DESKTOP
) {
  const { context, page } = await browser.open(options);
  const problems = watchProblems(page, new URL(inject('siteUrl')).origin);
  const weight = watchWeight(page);
  const response = await page.goto(url(path));
  expect(response?.status(), path).toBe(200);
  return { context, page, problems, weight };
}
