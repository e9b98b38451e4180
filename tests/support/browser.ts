/**
 * Chromium for the browser tests: Debian's build driven by playwright-core, kept off the network
 * (scripts/chromium.mjs owns the path, the flags and the scratch TMPDIR).
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';

export const PHONE = {
  viewport: { width: 375, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
} as const;
export const DESKTOP = { viewport: { width: 1280, height: 860 } } as const;

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
      await browser.close();
    },
  };
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
