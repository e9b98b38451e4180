#!/usr/bin/env node
/**
 * `npm run bench`: figures, not pass/fail. Prints a table and writes it to .tmp/bench/latest.md.
 *   1. build time, split into Astro and Pagefind, with the preview-card step's share (cards cached,
 *      then drawn afresh with the cache emptied)
 *   2. every page's HTML, CSS and JavaScript bytes (raw and gzip), and the JavaScript the browser
 *      loads before any interaction (measured in Chromium)
 *   3. the same pages as nginx serves them with deploy/'s configuration: bytes on the wire as
 *      Chromium negotiates them, and with brotli and gzip asked for explicitly
 *   4. Lighthouse (mobile, simulated throttling) for the home page, a profile and the timeline,
 *      served compressed (the build's precompressed .br/.gz files) by the Node server and by nginx
 *   5. the search figures (scripts/bench-search.mjs)
 *   6. the citation figures (scripts/bench-citations.mjs)
 * Goals (issue 7): JS before interaction ≤ 6 KB gzip on any page; a typical page ≤ 25 KB gzip,
 * the heaviest < 60 KB; Lighthouse 100 ×4 and LCP < 0.9 s; full build < 30 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpGet } from 'node:http';
import { gzipSync } from 'node:zlib';
import { startServer } from './serve.mjs';
import { startNginx } from './serve-nginx.mjs';
import { CHROMIUM_FLAGS, ensureChromium, launchChromium } from './chromium.mjs';
import { builtPageFiles } from '../src/build/built-pages.ts';
import { importFrom, installOnDemand } from './bench-install.mjs';

// Lighthouse is for this benchmark only: installed on demand into .tmp/, never by `npm ci`.
const tools = installOnDemand('.tmp/bench-tools', {
  lighthouse: '^13.5.0',
  'chrome-launcher': '^1.2.1',
});
const { default: lighthouse } = await importFrom(tools, 'lighthouse');
const chromeLauncher = await importFrom(tools, 'chrome-launcher');

const env = { SITE_URL: 'http://127.0.0.1:4321', ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const lines = [];
const print = (line = '') => {
  console.log(line);
  lines.push(line);
};
const chromePath = ensureChromium(); // before the builds: stop early when there is no Chromium

// 1. Build time: once with the preview-card cache as it is (normally warm), then with it emptied.
//    (npm run bench:build compares the build with a stock Starlight site.)
const timed = (cmd, args) => {
  const start = performance.now();
  const result = spawnSync(cmd, args, {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
  return { seconds: (performance.now() - start) / 1000, output: result.stdout };
};
const astro = timed('astro', ['build']);
// The search index: Pagefind, one record per section (scripts/search-index.ts), as `npm run build` does.
const pagefindSeconds = timed('node', [
  '--import',
  './scripts/ts-resolve.mjs',
  'scripts/search-index.ts',
  'dist',
]).seconds;
const compressSeconds =
  timed('node', ['scripts/precompress.mjs', 'dist']).seconds +
  timed('node', ['scripts/deploy-config.mjs', 'dist']).seconds;
// Preview cards are an endpoint (src/pages/og/[card].png.ts) that draws only the cards missing
// from its cache: what drawing them all costs is the build with the cache emptied, less this one.
const cardCount = readdirSync('dist/og').length;
rmSync('node_modules/.cache/csto-og-cards', { recursive: true, force: true });
const cold = timed('astro', ['build']);
timed('node', ['--import', './scripts/ts-resolve.mjs', 'scripts/search-index.ts', 'dist']);
// The cold build replaced dist/: compress it again for what the servers measure below.
timed('node', ['scripts/precompress.mjs', 'dist']);
timed('node', ['scripts/deploy-config.mjs', 'dist']);
const share = (part, whole) => `${((100 * part) / whole).toFixed(0)} %`;
const drawing = Math.max(0, cold.seconds - astro.seconds);
print('## Build (2-core machine)');
print();
print(
  `| step | seconds |\n|---|---|\n| Astro (incl. link check; ${cardCount} preview cards from the cache) | ${astro.seconds.toFixed(1)} |\n| search index (Pagefind) | ${pagefindSeconds.toFixed(1)} |\n| precompression and server configuration | ${compressSeconds.toFixed(1)} |\n| total | ${(astro.seconds + pagefindSeconds + compressSeconds).toFixed(1)} |`
);
print();
print(
  `With the card cache emptied: Astro ${cold.seconds.toFixed(1)} s, about ${drawing.toFixed(1)} s of it (${share(drawing, cold.seconds)}) drawing ${cardCount} preview cards.`
);

// 2. Page weights, measured by loading each page in Chromium and summing what it fetched.
const server = await startServer({ dir: 'dist', port: 0 });
const browser = await launchChromium();
const rows = [];
for (const { path } of builtPageFiles('dist')) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on('requestfinished', (request) => fetched.push(request));
  await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'networkidle' });
  const totals = { html: [0, 0], css: [0, 0], js: [0, 0] };
  for (const request of fetched) {
    const type = request.resourceType();
    const kind =
      type === 'document'
        ? 'html'
        : type === 'stylesheet'
          ? 'css'
          : type === 'script'
            ? 'js'
            : null;
    if (!kind) continue;
    const body = await (await request.response())?.body();
    if (!body) continue;
    totals[kind][0] += body.length;
    totals[kind][1] += gz(body);
  }
  rows.push({ path, ...totals, total: totals.html[1] + totals.css[1] + totals.js[1] });
  await context.close();
}
await browser.close();
await server.close();
print();
print('## Page weight (bytes fetched before any interaction; gzip level 9)');
print();
print('| page | HTML raw / gz KB | CSS raw / gz KB | JS raw / gz KB | total gz KB |');
print('|---|---|---|---|---|');
for (const r of rows)
  print(
    `| ${r.path} | ${kb(r.html[0])} / ${kb(r.html[1])} | ${kb(r.css[0])} / ${kb(r.css[1])} | ${kb(r.js[0])} / ${kb(r.js[1])} | ${kb(r.total)} |`
  );
const sorted = [...rows].sort((a, b) => a.total - b.total);
const median = sorted[Math.floor(sorted.length / 2)];
const heaviest = sorted[sorted.length - 1];
const maxJs = Math.max(...rows.map((r) => r.js[1]));
print();
print(
  `Median page ${kb(median.total)} KB gz (${median.path}); heaviest ${kb(heaviest.total)} KB gz (${heaviest.path}); most JS before interaction ${kb(maxJs)} KB gz.`
);

// 3. The same pages from nginx: what goes over the wire, as Chromium asks and with br / gzip asked for.
/** Encoded body bytes of a GET with exactly these request headers. */
const encodedSize = (url, encoding) =>
  new Promise((done, fail) => {
    httpGet(url, { headers: { 'Accept-Encoding': encoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => {
        bytes += chunk.length;
      });
      res.on('end', () => done(bytes));
    })
      .on('error', fail)
      .end();
  });
const nginx = await startNginx({ dir: 'dist' });
const wireBrowser = await launchChromium();
const wire = [];
for (const { path } of builtPageFiles('dist')) {
  const context = await wireBrowser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on('requestfinished', (request) => fetched.push(request));
  await page.goto(new URL(path.slice(1), nginx.url).href, { waitUntil: 'networkidle' });
  const row = { path, chromium: 0, br: 0, gzip: 0, encoding: new Set() };
  for (const request of fetched) {
    if (!['document', 'stylesheet', 'script'].includes(request.resourceType())) continue;
    row.chromium += (await request.sizes()).responseBodySize;
    row.encoding.add((await request.response())?.headers()['content-encoding'] ?? 'none');
    row.br += await encodedSize(request.url(), 'br');
    row.gzip += await encodedSize(request.url(), 'gzip');
  }
  wire.push(row);
  await context.close();
}
await wireBrowser.close();
const byBr = [...wire].sort((a, b) => a.br - b.br);
const wireMedian = byBr[Math.floor(byBr.length / 2)];
const wireHeaviest = byBr.at(-1);
print();
print('## Page weight as nginx serves it (HTML + CSS + JS before any interaction, encoded bytes)');
print();
print(
  `Chromium over plain HTTP asks for ${[...new Set(wire.flatMap((r) => [...r.encoding]))].join(', ')}; brotli is what browsers ask for over HTTPS.`
);
print();
print('| figure | Chromium here KB | brotli KB | gzip KB | Node server, gzip -9 KB |');
print('|---|---|---|---|---|');
const nodeRow = (path) => rows.find((r) => r.path === path);
for (const [label, r] of /** @type {[string, (typeof wire)[number] | undefined][]} */ ([
  ['median page', wireMedian],
  ['heaviest page', wireHeaviest],
  ['/states/', wire.find((w) => w.path === '/states/')],
])) {
  if (r)
    print(
      `| ${label} (${r.path}) | ${kb(r.chromium)} | ${kb(r.br)} | ${kb(r.gzip)} | ${kb(nodeRow(r.path)?.total ?? 0)} |`
    );
}

// 4. Lighthouse, served compressed: by the Node server (sirv with the precompressed files) and by nginx.
const compressedServer = await startServer({ dir: 'dist', port: 0, compressed: true });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
print();
print('## Lighthouse (mobile, simulated throttling, served compressed)');
print();
print(
  '| server | page | performance | accessibility | best practices | SEO | LCP s | TBT ms | CLS |'
);
print('|---|---|---|---|---|---|---|---|---|');
for (const [server, base] of [
  ['Node', compressedServer.url],
  ['nginx', nginx.url],
]) {
  for (const path of ['/', '/states/armenia/', '/timeline/']) {
    const result = await lighthouse(new URL(path.slice(1), base).href, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
    });
    const { categories: c, audits: a } = result.lhr;
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    print(
      `| ${server} | ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${(a['largest-contentful-paint'].numericValue / 1000).toFixed(2)} | ${Math.round(a['total-blocking-time'].numericValue)} | ${a['cumulative-layout-shift'].numericValue.toFixed(3)} |`
    );
  }
}
chrome.kill();
await compressedServer.close();
await nginx.close();

// 5. Search.
print();
print('## Search');
print();
const search = spawnSync('node', ['scripts/bench-search.mjs'], { env, encoding: 'utf8' });
print((search.stdout || search.stderr).trim());

// 6. Citations: popovers in phone viewports, tab stops, what the citations weigh.
print();
const citations = spawnSync('node', ['scripts/bench-citations.mjs', 'dist'], {
  env,
  encoding: 'utf8',
});
print((citations.stdout || citations.stderr).trim());

mkdirSync('.tmp/bench', { recursive: true });
writeFileSync('.tmp/bench/latest.md', `${lines.join('\n')}\n`);
console.log('\nWritten to .tmp/bench/latest.md');
