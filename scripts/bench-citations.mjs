#!/usr/bin/env node
/**
 * `npm run bench:citations`: what the citations cost and how they behave — figures, not pass/fail
 * (issue 20's goals; `npm run bench` runs it too). Needs a build (dist/, or the folder given).
 *   1. citation popovers inside a 320 and a 390 px viewport: the first 20 markers of the home page
 *      and of a profile, each tapped in Chromium (goal: all)
 *   2. the home page's tab stops before its sources list, and how many are citations (goal ≤ 40)
 *   3. page weight, gzip -9, of the home page, a profile (Armenia) and the timeline: HTML (with its
 *      inline CSS) plus the JavaScript it loads before any interaction, and the citations' share —
 *      markers, sources list, notes; `--before DIR` adds the same figures for another build
 * Issue 20 compares page weight with a stock Starlight page carrying the same text (goal ≤ 0.35×);
 * that comparison is E2's benchmark, and this script says whether it is there.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { toHtml } from 'hast-util-to-html';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--before') ?? 'dist';
const before = args.includes('--before') ? args[args.indexOf('--before') + 1] : undefined;
const PAGES = ['/', '/states/armenia/', '/timeline/'];
const kib = (bytes) => (bytes / 1024).toFixed(1);
const gz = (text) => gzipSync(text, { level: 9 }).length;
const fileOf = (root, path) => join(root, path, 'index.html');

// 1. Popovers inside the viewport.
const server = await startServer({ dir, port: 0 });
const browser = await launchChromium();
console.log(`## Citations (${dir})\n`);
console.log(
  '| viewport | page | popovers inside the viewport, marker in view (first 20 markers) |'
);
console.log('|---|---|---|');
for (const width of [320, 390]) {
  for (const path of ['/', '/states/armenia/']) {
    const context = await browser.newContext({
      viewport: { width, height: 700 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'load' });
    const markers = page.locator('main a.cite');
    const count = Math.min(20, await markers.count());
    let inside = 0;
    for (let i = 0; i < count; i++) {
      const marker = markers.nth(i);
      await marker.scrollIntoViewIfNeeded();
      await marker.tap();
      await page.waitForFunction(() => document.querySelector('#cite-popover:popover-open'));
      const fits = await page.evaluate(() => {
        const box = /** @type {Element} */ (
          document.querySelector('#cite-popover')
        ).getBoundingClientRect();
        const mark = /** @type {Element} */ (
          document.querySelector('a.cite[aria-expanded="true"]')
        ).getBoundingClientRect();
        const w = document.documentElement.clientWidth;
        const h = window.innerHeight;
        const inView = box.left >= 0 && box.top >= 0 && box.right <= w && box.bottom <= h;
        const markerShown = mark.top >= -1 && mark.bottom <= Math.min(h, box.top) + 1;
        return inView && markerShown;
      });
      if (fits) inside += 1;
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('#cite-popover:popover-open'));
    }
    console.log(`| ${width} px | ${path} | ${inside} of ${count} |`);
    await context.close();
  }
}
await browser.close();
await server.close();

// 2. Tab stops (scripts/prose-figures.mjs counts them).
const prose = spawnSync(process.execPath, ['scripts/prose-figures.mjs', dir, '--json'], {
  encoding: 'utf8',
});
const tabs = JSON.parse(prose.stdout || '{}').figures?.homeTabStops;
console.log(
  `\nHome page: ${tabs?.cites ?? '?'} of its ${tabs?.total ?? '?'} tab stops before the sources list are citations (goal ≤ 40).\n`
);

// 3. Page weight.
/** gzip -9 of the page's HTML with everything inside the elements `drop` picks removed. */
function without(tree, drop) {
  const copy = structuredClone(tree);
  visit(copy, 'element', (node, index, parent) => {
    if (parent && index !== undefined && drop(node)) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  return gz(toHtml(copy));
}
const classes = (node) => [node.properties?.className ?? []].flat().map(String);
function weigh(root, path) {
  const html = readFileSync(fileOf(root, path), 'utf8');
  const tree = fromHtml(html);
  const scripts = [];
  visit(tree, 'element', (node) => {
    if (node.tagName === 'script' && node.properties.type === 'module' && node.properties.src)
      scripts.push(
        join(root, String(node.properties.src).replace(/^\/(?:[^/]+\/)*?_astro\//, '_astro/'))
      );
  });
  const js = scripts.filter(existsSync).reduce((sum, file) => sum + gz(readFileSync(file)), 0);
  const page = gz(toHtml(tree));
  return {
    html: gz(html),
    js,
    total: gz(html) + js,
    markers: page - without(tree, (n) => n.properties?.dataCite !== undefined),
    references: page - without(tree, (n) => classes(n).includes('references')),
  };
}
const starlight = readdirSync('scripts').find((name) => /starlight/i.test(name));
console.log(
  '| page | HTML (incl. CSS) KiB | JS before interaction KiB | total KiB | of which markers | sources list and notes |' +
    (before ? ' total before KiB |' : '')
);
console.log('|---|---|---|---|---|---|' + (before ? '---|' : ''));
for (const path of PAGES) {
  const now = weigh(dir, path);
  const then = before && existsSync(fileOf(before, path)) ? weigh(before, path) : undefined;
  console.log(
    `| ${path} | ${kib(now.html)} | ${kib(now.js)} | ${kib(now.total)} | ${kib(now.markers)} | ${kib(now.references)} |` +
      (before ? ` ${then ? kib(then.total) : '–'} |` : '')
  );
}
console.log(
  starlight
    ? `\nThe stock-Starlight comparison is scripts/${starlight}: run it for the ratio (goal ≤ 0.35×).`
    : '\nThe stock-Starlight comparison (goal ≤ 0.35×) is E2’s benchmark and is not on this branch yet: compare these KiB with its figures.'
);
