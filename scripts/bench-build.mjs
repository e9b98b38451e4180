#!/usr/bin/env node
/**
 * `npm run bench:build`: how long the build takes beside a stock Starlight site carrying the same
 * pages, and what a page weighs beside Starlight's page with the same text. Figures, not pass/fail;
 * printed and written to .tmp/bench/build.md.
 *
 * The sites, all under .tmp/bench-build/ (each a folder of its own, so no two share Astro's caches):
 *   ours-1x      a copy of this project (src, content, scripts…; the packages and git linked in)
 *   ours-10x     the same with every page route copied nine times (/copy-2/… to /copy-10/…)
 *   starlight-1x a stock Starlight site (@astrojs/starlight, latest, installed on demand into
 *                .tmp/bench-build/starlight-packages, never in the lock) in two locales, English
 *                (root) and Russian (/ru/), as ours: one docs page per built page of ours, both
 *                editions, at the same path (our two 404 pages at /not-found/ and /ru/not-found/,
 *                since Starlight makes its own 404): the text of our page's <main>, block by block,
 *                headings as headings. "The same pages": our N built pages, N Starlight docs pages.
 *   starlight-10x the same pages ten times (/copy-2/… to /copy-10/…; a Russian page's copies stay
 *                in its locale, under /ru/copy-2/…)
 * A warm-up round builds each once (preview cards drawn, caches filled); then ROUNDS rounds, each
 * building the four in turn, so a change in the machine's load touches all of them alike. For ours:
 * `npm run build` (Astro, Pagefind, server configuration) and the production build (that, plus
 * precompression, with its cache emptied and again with it full); for Starlight, `astro build`
 * (Pagefind included). Wall time is the median of the rounds; CPU time (user + system, all threads)
 * is shown too, since other jobs share the machine.
 *
 *   npm run bench:build                 npm run bench:build -- --rounds 5 --scale 10
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { builtPageFiles } from '../src/build/built-pages.ts';
import { installOnDemand, versionIn } from './bench-install.mjs';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    scale: { type: 'string', default: '10' },
  },
});
const ROUNDS = Number(options.rounds);
const SCALE = Number(options.scale);
const ROOT = resolve('.');
const WORK = resolve('.tmp/bench-build');
const BIN = join(ROOT, 'node_modules', '.bin');
const env = {
  ...process.env,
  PATH: `${BIN}:${process.env.PATH}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  SITE_URL: 'http://127.0.0.1:4321',
  NO_COLOR: '1',
};
const lines = [];
const print = (line = '') => {
  console.log(line);
  lines.push(line);
};
const loads = [];

// ── The sites ────────────────────────────────────────────────────────────────────────────────

/** node_modules for a site: links to every package of `from`, but its own Astro and Vite caches. */
function linkPackages(from, to, { shareCards = false } = {}) {
  mkdirSync(join(to, 'node_modules'), { recursive: true });
  for (const entry of readdirSync(join(from, 'node_modules'))) {
    if (['.astro', '.vite', '.cache'].includes(entry)) continue;
    symlinkSync(join(from, 'node_modules', entry), join(to, 'node_modules', entry));
  }
  if (shareCards && existsSync(join(from, 'node_modules/.cache/csto-og-cards'))) {
    mkdirSync(join(to, 'node_modules/.cache'), { recursive: true });
    symlinkSync(
      join(from, 'node_modules/.cache/csto-og-cards'),
      join(to, 'node_modules/.cache/csto-og-cards')
    );
  }
}

/** A copy of this project; `copies` > 1 copies every page route into /copy-2/ … /copy-N/. */
function ourSite(name, copies) {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of [
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'src',
    'content',
    'public',
    'scripts',
    'deploy',
  ])
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  // The dates in the citation metadata come from git: the copy asks the same history.
  symlinkSync(join(ROOT, '.git'), join(dir, '.git'));
  linkPackages(ROOT, dir, { shareCards: true });
  const pages = join(dir, 'src/pages');
  // Every route, the 404 pages included: Starlight's site gets a copy of each too (/copy-2/not-found/).
  const routes = readdirSync(pages, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(astro|ts)$/.test(file)
  );
  // Each copy asks for route data of its own, under its folder (src/data/route-data.ts, `under`),
  // as separate pages would: built anew, with its own path, canonical URL and alternates. Not the
  // 404 page's: its language link names the other edition's /404.html, and only the originals are
  // moved there (src/integrations/not-found-pages.ts), so a copy keeps the original's links.
  const ROUTE_CALL =
    /\b((?:page|state|source|event|list)Route|routesOf|utilityRoute(?=\('search'))\(([^()]*), lang\)/g;
  const calls = routes.reduce(
    (sum, route) => sum + (readFileSync(join(pages, route), 'utf8').match(ROUTE_CALL)?.length ?? 0),
    0
  );
  if (copies > 1 && calls === 0)
    throw new Error('bench-build: no route data call found to give the copies their own paths');
  for (let copy = 2; copy <= copies; copy += 1) {
    for (const route of routes) {
      const target = join(pages, `copy-${copy}`, route);
      mkdirSync(dirname(target), { recursive: true });
      // One folder deeper: every relative import climbs one more level.
      const source = readFileSync(join(pages, route), 'utf8')
        .replace(/(from\s+|import\s*\(\s*|import\s+)(['"])\.\.\//g, '$1$2../../')
        .replace(ROUTE_CALL, `$1($2, lang, '/copy-${copy}')`);
      writeFileSync(target, source);
    }
  }
  return dir;
}

/** Markdown for the text of a built page's <main>: each block's text, headings as headings. */
function pageToMarkdown(html) {
  const tree = fromHtml(html);
  let main;
  const find = (node) => {
    if (main) return;
    if (node.type === 'element' && node.tagName === 'main') main = node;
    else for (const child of node.children ?? []) find(child);
  };
  find(tree);
  const SKIP = new Set(['script', 'style', 'svg', 'button', 'nav', 'template', 'noscript', 'form']);
  const BLOCKS = new Set(['p', 'li', 'blockquote', 'tr', 'dt', 'dd', 'figcaption', 'caption']);
  const out = [];
  let title = '';
  const escape = (text) =>
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[<{}[\]*_`\\]/g, (c) => `\\${c}`)
      .replace(/^([#>+-]|\d+\.)/, '\\$1');
  const walk = (node) => {
    if (node.type !== 'element' || SKIP.has(node.tagName)) return;
    if (node.properties?.hidden !== undefined && node.properties.hidden !== false) return;
    const heading = /^h([1-6])$/.exec(node.tagName);
    if (heading) {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (heading[1] === '1' && !title) title = text;
      else if (text) out.push(`${'#'.repeat(Math.max(2, Number(heading[1])))} ${escape(text)}`);
      return;
    }
    if (BLOCKS.has(node.tagName)) {
      const text = escape(
        node.tagName === 'tr'
          ? node.children
              .filter((c) => c.type === 'element')
              .map((c) => toString(c))
              .join(' — ')
          : toString(node)
      );
      if (text) out.push(node.tagName === 'li' ? `- ${text}` : text);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  if (main) walk(main);
  return { title: title || 'Untitled', body: out.join('\n\n') };
}

/** A stock Starlight site with our pages' text: one docs page per page of `dist` (not the 404). */
function starlightSite(name, dist, copies, packages) {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  const docs = join(dir, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  linkPackages(packages, dir);
  // Its dependencies listed, as in any project: Astro reads them to bundle Starlight's components.
  const { dependencies } = JSON.parse(readFileSync(join(packages, 'package.json'), 'utf8'));
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name, private: true, type: 'module', dependencies }, null, 2)}\n`
  );
  // Two locales, as our two editions: English at the root, Russian under /ru/.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({\n  site: 'http://127.0.0.1:4321',\n  integrations: [\n    starlight({\n      title: 'The CSTO in Question',\n      defaultLocale: 'root',\n      locales: { root: { label: 'English', lang: 'en' }, ru: { label: 'Русский', lang: 'ru' } },\n    }),\n  ],\n});\n"
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n"
  );
  let count = 0;
  for (const built of builtPageFiles(dist)) {
    // Starlight makes its own 404: ours become ordinary pages, so both sites have as many.
    const path = built.path.replace(/404\.html$/, 'not-found/');
    const { title, body } = pageToMarkdown(readFileSync(built.file, 'utf8'));
    const text = `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n`;
    // A copy of a Russian page stays in the Russian locale: /ru/copy-2/states/armenia/.
    const [, locale = '', rest] = /^(\/ru)?(\/.*)$/.exec(path) ?? [];
    for (let copy = 1; copy <= copies; copy += 1) {
      const folder = join(docs, locale, copy === 1 ? '' : `copy-${copy}`, rest);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.md'), text);
      count += 1;
    }
  }
  return { dir, count };
}

// ── Timing ───────────────────────────────────────────────────────────────────────────────────

/** Runs a command in `cwd`; returns its wall and CPU seconds (user + system, children included). */
function timed(cwd, command, args, extraEnv = {}) {
  const stats = join(WORK, 'time.txt');
  loads.push(loadavg()[0]);
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S', '-o', stats, command, ...args], {
    cwd,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed in ${relative(ROOT, cwd)}:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`
    );
  }
  const [wall, user, system] = (readFileSync(stats, 'utf8').trim().split('\n').at(-1) ?? '').split(
    ' '
  );
  return { wall: Number(wall), cpu: Number(user) + Number(system), output: result.stdout };
}

const add = (a, b) => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu });

/** Ours: the steps of `npm run build`, then precompression from an empty cache and from a full one. */
function buildOurs(dir) {
  const astro = timed(dir, 'astro', ['build']);
  const pagefind = timed(dir, 'node', [
    '--import',
    './scripts/ts-resolve.mjs',
    'scripts/search-index.ts',
    'dist',
  ]);
  const config = timed(dir, 'node', ['scripts/deploy-config.mjs', 'dist']);
  rmSync(join(dir, 'node_modules/.cache/csto-precompress'), { recursive: true, force: true });
  const cold = timed(dir, 'node', ['scripts/precompress.mjs', 'dist']);
  const warm = timed(dir, 'node', ['scripts/precompress.mjs', 'dist']);
  const build = add(add(astro, pagefind), config);
  return {
    astro,
    pagefind,
    build,
    productionCold: add(build, cold),
    productionWarm: add(build, warm),
    pages: builtPageFiles(join(dir, 'dist')).length,
  };
}

function buildStarlight(dir) {
  const build = timed(dir, join(dir, 'node_modules/.bin/astro'), ['build']);
  return { build, pages: builtPageFiles(join(dir, 'dist')).length };
}

// ── Page weight ──────────────────────────────────────────────────────────────────────────────

/** gzip -9 bytes of the HTML, CSS and JavaScript a page fetches before any interaction. */
async function weigh(browser, base, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on('requestfinished', (request) => fetched.push(request));
  await page.goto(new URL(path.slice(1), base).href, { waitUntil: 'networkidle' });
  const totals = { html: 0, css: 0, js: 0 };
  const kinds = { document: 'html', stylesheet: 'css', script: 'js' };
  for (const request of fetched) {
    const kind = kinds[request.resourceType()];
    const body = kind && (await (await request.response())?.body());
    if (body) totals[kind] += gzipSync(body, { level: 9 }).length;
  }
  await context.close();
  return totals;
}

// ── Run ──────────────────────────────────────────────────────────────────────────────────────

mkdirSync(WORK, { recursive: true });
const packages = installOnDemand(join(WORK, 'starlight-packages'), {
  '@astrojs/starlight': 'latest',
  // The Astro this project uses, so the comparison is of the sites, not of two Astro versions.
  astro: versionIn(ROOT, 'astro'),
  '@astrojs/markdown-remark': versionIn(ROOT, '@astrojs/markdown-remark'),
});
const versions = {
  starlight: versionIn(packages, '@astrojs/starlight'),
  astro: versionIn(ROOT, 'astro'),
  pagefind: versionIn(ROOT, 'pagefind'),
};
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();

console.log('Preparing the sites (our copies, then Starlight from our 1× pages)…');
const ours1 = ourSite('ours-1x', 1);
const ours10 = ourSite(`ours-${SCALE}x`, SCALE);
buildOurs(ours1); // warm-up, and the pages Starlight gets its text from
const starlight1 = starlightSite('starlight-1x', join(ours1, 'dist'), 1, packages);
const starlight10 = starlightSite(`starlight-${SCALE}x`, join(ours1, 'dist'), SCALE, packages);
console.log('Warm-up round…');
buildStarlight(starlight1.dir);
buildOurs(ours10);
buildStarlight(starlight10.dir);

/** @type {{ ours1: ReturnType<typeof buildOurs>[], star1: ReturnType<typeof buildStarlight>[], ours10: ReturnType<typeof buildOurs>[], star10: ReturnType<typeof buildStarlight>[] }} */
const runs = { ours1: [], star1: [], ours10: [], star10: [] };
for (let round = 1; round <= ROUNDS; round += 1) {
  console.log(`Round ${round} of ${ROUNDS}…`);
  const [o1, s1, o10, s10] = [
    buildOurs(ours1),
    buildStarlight(starlight1.dir),
    buildOurs(ours10),
    buildStarlight(starlight10.dir),
  ];
  runs.ours1.push(o1);
  runs.star1.push(s1);
  runs.ours10.push(o10);
  runs.star10.push(s10);
  // Each round as it ends, so a run cut short still leaves its figures.
  const cpu = (run) => `${run.cpu.toFixed(1)} s CPU`;
  console.log(
    `Round ${round}: 1× ours ${cpu(o1.build)} (Astro ${cpu(o1.astro)}, production cold ${cpu(o1.productionCold)}), Starlight ${cpu(s1.build)}; ${SCALE}× ours ${cpu(o10.build)} (Astro ${cpu(o10.astro)}, production cold ${cpu(o10.productionCold)}), Starlight ${cpu(s10.build)}`
  );
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const figure = (list, pick) => ({
  wall: median(list.map((run) => pick(run).wall)),
  cpu: median(list.map((run) => pick(run).cpu)),
});
const cell = ({ wall, cpu }) => `${wall.toFixed(1)} s (CPU ${cpu.toFixed(1)} s)`;
const ratio = (a, b) => `${(a.wall / b.wall).toFixed(2)}×`;

print(`## Build time beside a stock Starlight site (\`npm run bench:build\`, commit ${commit})`);
print();
print(
  `${availableParallelism()} cores; Astro ${versions.astro}, Pagefind ${versions.pagefind}, Starlight ${versions.starlight} (same Astro); ${ROUNDS} interleaved rounds after a warm-up, medians; load average ${(loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1)} (min ${Math.min(...loads).toFixed(1)}, max ${Math.max(...loads).toFixed(1)}) while it ran.`
);
print();
print('| | 1× | 10× |'.replace('10×', `${SCALE}×`));
print('|---|---|---|');
const row = (label, pick1, pick10) => print(`| ${label} | ${cell(pick1)} | ${cell(pick10)} |`);
const o1 = (pick) => figure(runs.ours1, pick);
const o10 = (pick) => figure(runs.ours10, pick);
print(
  `| pages (Starlight: docs pages, then all it built, its own 404 included) | ${runs.ours1[0].pages} ours, ${starlight1.count} (${runs.star1[0].pages}) Starlight | ${runs.ours10[0].pages} ours, ${starlight10.count} (${runs.star10[0].pages}) Starlight |`
);
row(
  'Starlight: `astro build` (with Pagefind)',
  figure(runs.star1, (r) => r.build),
  figure(runs.star10, (r) => r.build)
);
row(
  'ours: Astro alone',
  o1((r) => r.astro),
  o10((r) => r.astro)
);
row(
  'ours: Pagefind alone',
  o1((r) => r.pagefind),
  o10((r) => r.pagefind)
);
row(
  'ours: `npm run build` (Astro, Pagefind, server configuration)',
  o1((r) => r.build),
  o10((r) => r.build)
);
row(
  'ours: production build, precompression cache empty',
  o1((r) => r.productionCold),
  o10((r) => r.productionCold)
);
row(
  'ours: production build, precompression cache full',
  o1((r) => r.productionWarm),
  o10((r) => r.productionWarm)
);
const s1 = figure(runs.star1, (r) => r.build);
const s10 = figure(runs.star10, (r) => r.build);
print(
  `| **ours ÷ Starlight** (wall): build / production (empty cache) | ${ratio(
    o1((r) => r.build),
    s1
  )} / ${ratio(
    o1((r) => r.productionCold),
    s1
  )} | ${ratio(
    o10((r) => r.build),
    s10
  )} / ${ratio(
    o10((r) => r.productionCold),
    s10
  )} |`
);

// Page weight: our pages against Starlight's pages with the same text.
const oursServer = await startServer({ dir: join(ours1, 'dist'), port: 0 });
const starServer = await startServer({ dir: join(starlight1.dir, 'dist'), port: 0 });
const browser = await launchChromium();
print();
print(
  '## Page weight beside Starlight (HTML + CSS + JS a page loads before any interaction, gzip -9)'
);
print();
print(
  '| page | ours: HTML / CSS / JS = total KiB | Starlight, same text: HTML / CSS / JS = total KiB |'
);
print('|---|---|---|');
const kib = (bytes) => (bytes / 1024).toFixed(1);
const show = ({ html, css, js }) =>
  `${kib(html)} / ${kib(css)} / ${kib(js)} = **${kib(html + css + js)}**`;
for (const path of ['/', '/states/armenia/', '/timeline/'])
  print(
    `| ${path} | ${show(await weigh(browser, oursServer.url, path))} | ${show(await weigh(browser, starServer.url, path))} |`
  );
await browser.close();
await oursServer.close();
await starServer.close();

mkdirSync('.tmp/bench', { recursive: true });
writeFileSync('.tmp/bench/build.md', `${lines.join('\n')}\n`);
console.log('\nWritten to .tmp/bench/build.md');
