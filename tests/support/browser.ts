/**
 * Chromium for the browser tests: Debian's build driven by playwright-core, kept off the network
 * (the flags stop background traffic and resolve every host but 127.0.0.1 to nothing).
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;
export const DESKTOP = { viewport: { width: 1280, height: 860 } } as const;

export interface TestBrowser {
  browser: Browser;
  /** A fresh context (cookies, storage, permissions) with one page. */
  open(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function launch(): Promise<TestBrowser> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const tmp = mkdtempSync(join(tmpdir(), 'csto-chromium-'));
  const browser = await chromium.launch({ executablePath, headless: true, args: FLAGS, env: { ...process.env, TMPDIR: tmp } });
  return {
    browser,
    async open(options = DESKTOP) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      return { context, page };
    },
    async close() {
      await browser.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Collects console errors and failed or off-site requests of a page, for "no errors" assertions. */
export function watchProblems(page: Page, siteOrigin: string): string[] {
  const problems: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(siteOrigin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`off-site request: ${url}`);
  });
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`); });
  return problems;
}
