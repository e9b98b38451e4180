#!/usr/bin/env node
/**
 * Search quality, as a reader meets it: types each query of tests/search/queries.yaml into the real
 * search dialog in Chromium (against the built site) and checks where the results land. Prints,
 * per category, how many put the right entry first and in the top three — for the site's search
 * and for Pagefind's default ranking alone (its JS API with default options, no entity layer, no
 * correction: what a stock Pagefind UI shows), so the gain shows.
 *
 *   npm run bench:quality [-- --dir dist] [-- --only questions] [-- --queries other.yaml]
 *
 * By default it runs the English list and the Russian one (tests/search/queries-ru.yaml), each in
 * its own edition: a list whose targets are all under /ru/ is typed into the Russian home page's
 * dialog, which searches the Russian index. `--queries` (repeatable) runs other lists in the same
 * format instead, e.g. a held-out set written by someone who has not seen the search layer's
 * names (tests/search/held-out.yaml).
 *
 * Goals: at least 95% first and 100% in the top three. Exits 1 when missed; lists every miss.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { openDialog, startSearchBench, waitForAllResults } from './search-bench-setup.mjs';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    only: { type: 'string' },
    queries: {
      type: 'string',
      multiple: true,
      default: ['tests/search/queries.yaml', 'tests/search/queries-ru.yaml'],
    },
  },
});
const bench = await startSearchBench(args.dir);
/** The page the current list is typed into (its edition's home page, dialog open). */
let page;

/** Each result's landing places: its link, then its section links, as path + hash. */
async function layerResults(query) {
  await page.locator('#search-dialog-input').fill(query);
  await waitForAllResults(page, query);
  return page.evaluate(() =>
    [...document.querySelectorAll('#search-dialog-listbox [role="group"]')].map((group) =>
      [...group.querySelectorAll('a[role="option"]')].map((a) => {
        const u = new URL(/** @type {HTMLAnchorElement} */ (a).href);
        return u.pathname + u.hash;
      })
    )
  );
}

/** Pagefind alone, default options: each of the first three results' URL and its sub-results'. */
async function pagefindResults(query) {
  return page.evaluate(`(async () => {
    window.__stock ??= await (async () => {
      const pf = await import('/pagefind/pagefind.js?stock');
      await pf.options({ baseUrl: '/' });
      await pf.init();
      return pf;
    })();
    const search = await window.__stock.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
    return data.map((d) => [d.url, ...d.sub_results.slice(0, 3).map((s) => s.url)].map((u) => { const x = new URL(u, location.href); return x.pathname + x.hash; }));
  })()`);
}

/**
 * A result lands on the target when one of its links goes there (any section of a page target).
 * An event has two addresses that show it, its own page and its entry on the timeline
 * (/timeline/<id>/ and /timeline/#<id>): either lands on a target written as the other.
 */
function lands(places, target) {
  const [path, hash = ''] = eventPage(target).split('#');
  return places.some((place) => {
    const [p, h = ''] = eventPage(place).split('#');
    return p === path && (hash === '' || h === hash);
  });
}

/** "/timeline/#cst-1992" → "/timeline/cst-1992/" (and under /ru/); other addresses as they are. */
function eventPage(place) {
  const entry = /^(\/ru)?\/timeline\/#(.+)$/.exec(place);
  return entry ? `${entry[1] ?? ''}/timeline/${entry[2]}/` : place;
}

/** Runs one list; prints its table and misses; true when it meets the goals. */
async function runList(file) {
  const categories = parse(readFileSync(file, 'utf8'));
  const targets = Object.values(categories).flatMap((queries) => queries.map((q) => q.target));
  const home = targets.every((t) => t.startsWith('/ru/')) ? '/ru/' : '/';
  const site = await bench.openSite(home);
  page = site.page;
  await openDialog(page);
  const rows = [];
  const misses = [];
  const totals = { n: 0, first: 0, top3: 0, pfFirst: 0, pfTop3: 0 };
  for (const [category, queries] of Object.entries(categories)) {
    if (args.only && category !== args.only) continue;
    const row = { category, queries: queries.length, first: 0, top3: 0, pfFirst: 0, pfTop3: 0 };
    for (const { q, target } of queries) {
      const mine = await layerResults(q);
      const stock = await pagefindResults(q);
      const first = mine[0] ? lands(mine[0], target) : false;
      const top3 = mine.slice(0, 3).some((r) => lands(r, target));
      row.first += first;
      row.top3 += top3;
      row.pfFirst += stock[0] ? lands(stock[0], target) : 0;
      row.pfTop3 += stock.slice(0, 3).some((r) => lands(r, target));
      if (!first)
        misses.push(
          `${top3 ? 'not first' : 'NOT IN TOP 3'}  “${q}” → ${target}; got ${
            mine
              .slice(0, 3)
              .map((r) => r[0])
              .join(', ') || 'nothing'
          }`
        );
    }
    for (const key of ['first', 'top3', 'pfFirst', 'pfTop3']) totals[key] += row[key];
    totals.n += row.queries;
    rows.push(row);
  }
  await site.context.close();

  const pct = (x, n) => `${x}/${n} (${Math.round((100 * x) / n)}%)`;
  const table = [...rows, { category: 'ALL', queries: totals.n, ...totals }].map((r) => ({
    category: r.category,
    queries: r.queries,
    first: pct(r.first, r.queries),
    'top 3': pct(r.top3, r.queries),
    'Pagefind alone: first': pct(r.pfFirst, r.queries),
    'Pagefind alone: top 3': pct(r.pfTop3, r.queries),
  }));
  console.log(`\nWhere the first results land (${file}, typed on ${home}):`);
  console.table(table);
  if (misses.length) console.log(misses.join('\n'));
  const ok = totals.first / totals.n >= 0.95 && totals.top3 === totals.n;
  console.log(`\n${ok ? 'PASS' : 'FAIL'}  ≥ 95% first and 100% in the top three`);
  return ok;
}

let allOk = true;
for (const file of args.queries) allOk = (await runList(file)) && allOk;
await bench.close();
process.exit(allOk ? 0 : 1);
