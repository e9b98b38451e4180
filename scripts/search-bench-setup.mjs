/**
 * What the two search benchmarks (bench-search.mjs: bytes and speed; bench-search-quality.mjs:
 * where results land) share: a built search index, the site served on 127.0.0.1, Chromium, and
 * the real search dialog opened the way a reader opens it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

/** The window the benchmarks measure in (a desktop, so the dialog is the full search UI). */
export const VIEWPORT = { width: 1280, height: 860 };

/**
 * Serves the build in `dir` and launches Chromium; exits with a message when `dir` has no index.
 * @param {string} dir the built site, e.g. dist
 */
export async function startSearchBench(dir) {
  if (!existsSync(join(dir, 'pagefind', 'pagefind.js'))) {
    console.error(`${dir}/pagefind/pagefind.js is missing: run "npm run build" first.`);
    process.exit(1);
  }
  const server = await startServer({ dir, port: 0 });
  const browser = await launchChromium();
  return {
    server,
    browser,
    /**
     * A fresh context (an empty cache: a first visit) on a home page, loaded: the English one, or
     * the Russian edition's for `path` '/ru/' (its search speaks Russian and loads the Russian index).
     */
    async openSite(path = '/') {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.goto(new URL(path.replace(/^\//, ''), server.url).href, {
        waitUntil: 'networkidle',
      });
      return { context, page };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the search dialog with "/" and waits for its input to have focus.
 * @param {import('playwright-core').Page} page
 */
export async function openDialog(page) {
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement?.id === 'search-dialog-input');
}

/**
 * Waits until the dialog has shown every result for `query` (Pagefind's pages included).
 * @param {import('playwright-core').Page} page
 * @param {string} query
 */
export async function waitForAllResults(page, query) {
  await page.waitForFunction(
    (q) => document.getElementById('search-dialog-listbox')?.dataset.complete === q,
    query,
    { timeout: 10_000 }
  );
}

/**
 * Resolves once the page has made no request for `quietMs` and none is pending: what a query
 * fetches after its results show (excerpts are fetched a moment later) is counted too.
 * Playwright's "networkidle" resolves at once on a page that has already loaded.
 * @param {import('playwright-core').Page} page
 */
export async function networkQuiet(page, quietMs = 800) {
  let pending = 0;
  let last = Date.now();
  const start = () => {
    pending++;
    last = Date.now();
  };
  const end = () => {
    pending--;
    last = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    while (pending > 0 || Date.now() - last < quietMs)
      await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}
