#!/usr/bin/env node
/**
 * Measures search as a reader meets it, in Chromium against the built site on 127.0.0.1, through
 * the real dialog (open with "/", type, wait for results):
 *
 * - bytes fetched for a first query: everything requested from opening the dialog until the first
 *   query's results and excerpts are in (search code, lexicon, Pagefind's script, WebAssembly,
 *   metadata, filters, index chunks, fragments), raw and gzip (each file gzipped here with zlib); broken down for the
 *   first cold run, totalled for every cold run (the goals apply to the heaviest);
 * - time from the last keystroke to the first result painted: cold (a fresh browser profile: the
 *   query is typed while Pagefind loads, or pasted the moment the dialog opens) and warm (further
 *   queries in the same dialog), several runs each, median and worst.
 *
 *   npx node scripts/bench-search.mjs [--dir dist] [--runs 7] [--key-delay 60]
 *
 * - bytes and requests for each later query in the same dialog (index chunks and fragments).
 *
 * Goals (issue 12): a first query under 130 KiB gzip in at most 12 requests, everything counted
 * (search code, lexicon, Pagefind's script and WebAssembly, index, fragments; and Pagefind's worker
 * if it were loaded: the site runs Pagefind on the page's thread); results
 * under 100 ms cold and 30 ms warm. Exits 1 if one is missed.
 * Results are also written to bench-results/search.json.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  networkQuiet,
  openDialog,
  startSearchBench,
  waitForAllResults,
} from './search-bench-setup.mjs';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '7' },
    'key-delay': { type: 'string', default: '60' },
  },
});
const RUNS = Number(args.runs);
const KEY_DELAY = Number(args['key-delay']);
const GOALS = { firstQueryGzipKB: 130, firstQueryRequests: 12, coldMs: 100, warmMs: 30 };
/**
 * Reader queries: names, alternative spellings, capitals, events, terms, and free text of several
 * words. Every one is some reader's first query in a cold run, held to the goals (issue 22 added
 * the ones that cost most: a common name whose first results are long pages, words that fall in
 * different index chunks, and free text, each of whose words needs its own chunk).
 */
const QUERIES = [
  'Yerevan',
  'Toqaev',
  'Indestructible Brotherhood',
  'Article 4',
  'Mullojanov',
  'Bishkek',
  'Kiev',
  'Armenia',
  'Pashinian',
  'Rakhmon',
  'Tajiks Russian citizenship conscription',
  'Japarov CIS summit St Petersburg',
];
/**
 * A Russian reader's first queries, on /ru/ (the Russian index, Russian stemming): names in their
 * cases, a capital, a term, a Latin name typed on the Russian site, free text. The same goals.
 */
const RU_QUERIES = [
  'Армения',
  'Пашиняна',
  'Ереван',
  'ОДКБ',
  'статья 4',
  'Токаевым',
  'Pashinyan',
  'таджики российское гражданство призыв',
  'Жапаров саммит СНГ Санкт-Петербург',
];
/** Cold runs: at least one per query. */
const COLD_RUNS = Math.max(RUNS, QUERIES.length);

const bench = await startSearchBench(args.dir);

/** Installs, in the page, a clock from the last keydown to the frame after results for `query` appear. */
async function armClock(page, query) {
  await page.evaluate((q) => {
    const bench = { keyAt: 0, shownAt: 0, completeAt: 0 };
    /** @type {any} */ (window).__bench = bench;
    // Each keystroke (or a paste) ends in an input event; the last one before the results counts.
    document.addEventListener(
      'input',
      () => {
        if (!bench.shownAt) bench.keyAt = performance.now();
      },
      true
    );
    const listbox = /** @type {HTMLElement} */ (document.getElementById('search-dialog-listbox'));
    // First result: the entities the query names (shown at once) or Pagefind's first page.
    // Complete: Pagefind's pages too (after the pause that ends a burst of typing).
    const check = () => {
      if (
        !bench.shownAt &&
        listbox.dataset.query === q &&
        listbox.querySelector('[role="option"]')
      ) {
        requestAnimationFrame(() => {
          bench.shownAt = performance.now();
        });
      }
      if (!bench.completeAt && listbox.dataset.complete === q) {
        observer.disconnect();
        requestAnimationFrame(() => {
          bench.completeAt = performance.now();
        });
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(listbox, {
      childList: true,
      attributes: true,
      attributeFilter: ['data-query', 'data-complete'],
    });
  }, query);
}

async function typeAndTime(page, query) {
  await page.locator('#search-dialog-input').fill('');
  await armClock(page, query);
  await page.keyboard.type(query, { delay: KEY_DELAY });
  return settle(page);
}

/** Waits for the complete results; the time to the first result, and to all of them. */
async function settle(page) {
  await page.waitForFunction(
    () =>
      /** @type {any} */ (window).__bench.shownAt > 0 &&
      /** @type {any} */ (window).__bench.completeAt > 0,
    null,
    { timeout: 10_000 }
  );
  const { keyAt, shownAt, completeAt } = await page.evaluate(
    () => /** @type {any} */ (window).__bench
  );
  completed.push(completeAt - keyAt);
  return shownAt - keyAt;
}
const completed = [];

/** The query arrives in one input event (a paste), right as the dialog opens. */
async function pasteAndTime(page, query) {
  await armClock(page, query);
  await page.locator('#search-dialog-input').fill(query);
  return settle(page);
}

/** What a request cost: its file in the build, raw and gzipped. */
function fileCost(url) {
  const path = decodeURIComponent(new URL(url).pathname);
  const file = join(args.dir, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) return { raw: 0, gzip: 0 };
  const body = readFileSync(file);
  return { raw: body.length, gzip: gzipSync(body).length };
}

/** Code fetched once a visit (and cached), and the index data a query itself fetches. */
const RUNTIME = ['search UI code (first use)', 'lexicon', 'pagefind.js', 'pagefind worker', 'wasm'];
const DATA = ['index metadata', 'filters', 'index chunks', 'fragments'];

function category(url) {
  const path = new URL(url).pathname;
  if (path.includes('/_astro/')) return 'search UI code (first use)';
  // The entities, the records' map and the vocabulary, one file since issue 22.
  if (path.endsWith('/search/lexicon.json')) return 'lexicon';
  if (path.endsWith('/pagefind.js')) return 'pagefind.js';
  if (path.endsWith('/pagefind-worker.js')) return 'pagefind worker';
  if (path.endsWith('.pagefind')) return 'wasm';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'index metadata';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (path.endsWith('.pf_index')) return 'index chunks';
  if (path.endsWith('.pf_fragment')) return 'fragments';
  return 'other';
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n) => (n / 1024).toFixed(1);

// Cold: a fresh profile each run; the clock covers whatever is still loading at the last keystroke.
const cold = [];
/** What a reader's first query costs: every request from opening the dialog until all is in. */
async function firstQuery(query, home = '/') {
  const { context, page } = await bench.openSite(home);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await openDialog(page);
  const ms = await typeAndTime(page, query);
  // Every cold run is some reader's first query; they differ in the index chunks they need.
  await networkQuiet(page);
  const byCategory = new Map();
  for (const url of new Set(requests)) {
    const cat = category(url);
    const cost = fileCost(url);
    const entry = byCategory.get(cat) ?? { files: 0, raw: 0, gzip: 0 };
    byCategory.set(cat, {
      files: entry.files + 1,
      raw: entry.raw + cost.raw,
      gzip: entry.gzip + cost.gzip,
    });
  }
  const costs = [...byCategory.values()];
  await context.close();
  return {
    ms,
    cost: {
      query,
      byCategory,
      files: costs.reduce((n, c) => n + c.files, 0),
      gzip: costs.reduce((n, c) => n + c.gzip, 0),
    },
  };
}
const firstQueries = [];
for (let run = 0; run < COLD_RUNS; run++) {
  const query = QUERIES[run % QUERIES.length];
  const { ms, cost } = await firstQuery(query);
  cold.push({ query, ms });
  firstQueries.push(cost);
}
const russianFirst = [];
for (const query of RU_QUERIES) russianFirst.push((await firstQuery(query, '/ru/')).cost);
const ruHeaviest = russianFirst.reduce((a, b) => (b.gzip > a.gzip ? b : a));
const ruMostRequests = russianFirst.reduce((a, b) => (b.files > a.files ? b : a));
const firstQueryBytes = firstQueries[0];
const heaviest = firstQueries.reduce((a, b) => (b.gzip > a.gzip ? b : a));
const mostRequests = firstQueries.reduce((a, b) => (b.files > a.files ? b : a));

// Cold, pasted: the query lands the moment the dialog opens, so the clock also covers loading
// Pagefind's script and WebAssembly. The worst case for a first search.
const pasted = [];
for (let run = 0; run < RUNS; run++) {
  const { context, page } = await bench.openSite();
  await openDialog(page);
  const query = QUERIES[(run + 2) % QUERIES.length];
  pasted.push({ query, ms: await pasteAndTime(page, query) });
  await context.close();
}

// Warm: one dialog, Pagefind loaded; each query typed afresh into the cleared input.
const warm = [];
{
  const { context, page } = await bench.openSite();
  await openDialog(page);
  await typeAndTime(page, 'CSTO'); // warm-up: Pagefind and its WebAssembly are loaded
  await networkQuiet(page);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  for (let run = 0; run < RUNS; run++) {
    const query = QUERIES[(run + 1) % QUERIES.length];
    requests.length = 0;
    const ms = await typeAndTime(page, query);
    await waitForAllResults(page, query);
    await networkQuiet(page);
    const files = [...new Set(requests)];
    warm.push({
      query,
      ms,
      requests: files.length,
      gzip: files.reduce((sum, u) => sum + fileCost(u).gzip, 0),
    });
  }
  await context.close();
}

await bench.close();

// Report.
const sum = (cats) =>
  [...firstQueryBytes.byCategory]
    .filter(([cat]) => cats.includes(cat))
    .reduce(
      (a, [, v]) => ({ files: a.files + v.files, raw: a.raw + v.raw, gzip: a.gzip + v.gzip }),
      { files: 0, raw: 0, gzip: 0 }
    );
const row = (what, v) => ({ what, files: v.files, 'raw KB': kb(v.raw), 'gzip KB': kb(v.gzip) });
const rows = [...firstQueryBytes.byCategory].map(([cat, v]) => row(cat, v));
const runtime = sum(RUNTIME);
const data = sum(DATA);
const total = sum([...firstQueryBytes.byCategory.keys()]);
rows.push(
  row('= code (once a visit)', runtime),
  row('= index + fragments', data),
  row('= TOTAL', total)
);
console.log(
  `\nBytes fetched for a first query (“${firstQueryBytes.query}”, typed at ${KEY_DELAY} ms a key, from opening the dialog):`
);
console.table(rows);
console.log(
  '(Pagefind already compresses its index, fragments and WebAssembly, so gzip barely changes those.)'
);
console.log("\nEvery cold run's first query (gzip KiB, and requests, by kind of file):");
const costRow = (r) => ({
  query: r.query,
  ...Object.fromEntries(
    [...r.byCategory].map(([cat, v]) => [cat.replace(/ \(.*\)$/, ''), `${kb(v.gzip)} (${v.files})`])
  ),
  total: `${kb(r.gzip)} (${r.files})`,
});
console.table(firstQueries.map(costRow));
console.log("\nA Russian reader's first query, on /ru/ (gzip KiB, and requests, by kind of file):");
console.table(russianFirst.map(costRow));

const coldMs = cold.map((r) => r.ms);
const warmMs = warm.map((r) => r.ms);
const pastedMs = pasted.map((r) => r.ms);
const timing = [
  {
    run: `cold (typed, ${KEY_DELAY} ms a key)`,
    runs: cold.length,
    'median ms': median(coldMs).toFixed(1),
    'worst ms': Math.max(...coldMs).toFixed(1),
    goal: `< ${GOALS.coldMs}`,
  },
  {
    run: 'cold (pasted as it opens)',
    runs: pasted.length,
    'median ms': median(pastedMs).toFixed(1),
    'worst ms': Math.max(...pastedMs).toFixed(1),
    goal: '(for information)',
  },
  {
    run: 'warm',
    runs: warm.length,
    'median ms': median(warmMs).toFixed(1),
    'worst ms': Math.max(...warmMs).toFixed(1),
    goal: `< ${GOALS.warmMs}`,
  },
];
console.log('\nLast keystroke → first result on screen:');
console.table(timing);
console.log(
  `Last keystroke → all results (Pagefind's pages after an 80 ms pause), every run: median ${median(completed).toFixed(1)} ms, worst ${Math.max(...completed).toFixed(1)} ms`
);
console.log('cold runs:', cold.map((r) => `${r.query} ${r.ms.toFixed(0)}`).join(', '));
console.log('pasted runs:', pasted.map((r) => `${r.query} ${r.ms.toFixed(0)}`).join(', '));
console.log('warm runs:', warm.map((r) => `${r.query} ${r.ms.toFixed(0)}`).join(', '));
console.log('\nLater queries in the same dialog (typed key by key):');
console.table(warm.map((r) => ({ query: r.query, requests: r.requests, 'gzip KB': kb(r.gzip) })));

const verdicts = [
  [
    `first query: everything < ${GOALS.firstQueryGzipKB} KiB gzip (heaviest: ${heaviest.query}, ${kb(heaviest.gzip)})`,
    heaviest.gzip / 1024 < GOALS.firstQueryGzipKB,
  ],
  [
    `first query: at most ${GOALS.firstQueryRequests} requests (most: ${mostRequests.query}, ${mostRequests.files})`,
    mostRequests.files <= GOALS.firstQueryRequests,
  ],
  [
    `Russian first query: everything < ${GOALS.firstQueryGzipKB} KiB gzip (heaviest: ${ruHeaviest.query}, ${kb(ruHeaviest.gzip)})`,
    ruHeaviest.gzip / 1024 < GOALS.firstQueryGzipKB,
  ],
  [
    `Russian first query: at most ${GOALS.firstQueryRequests} requests (most: ${ruMostRequests.query}, ${ruMostRequests.files})`,
    ruMostRequests.files <= GOALS.firstQueryRequests,
  ],
  [`cold median < ${GOALS.coldMs} ms`, median(coldMs) < GOALS.coldMs],
  [`warm median < ${GOALS.warmMs} ms`, median(warmMs) < GOALS.warmMs],
];
console.log('');
for (const [goal, ok] of verdicts) console.log(`${ok ? 'PASS' : 'FAIL'}  ${goal}`);

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/search.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      keyDelayMs: KEY_DELAY,
      firstQuery: {
        query: firstQueryBytes.query,
        code: runtime,
        indexAndFragments: data,
        total,
        byCategory: Object.fromEntries(firstQueryBytes.byCategory),
      },
      russianFirstQueries: russianFirst.map((r) => ({
        query: r.query,
        files: r.files,
        gzip: r.gzip,
      })),
      cold,
      pasted,
      warm,
      median: { coldMs: median(coldMs), pastedMs: median(pastedMs), warmMs: median(warmMs) },
    },
    null,
    2
  )
);
process.exit(verdicts.every(([, ok]) => ok) ? 0 : 1);
