#!/usr/bin/env node
/**
 * `npm run bench:prose`: how the built pages read — figures, not pass/fail (issue 20's goals).
 * Reads the built HTML in dist/ (or the folder given), main text only: the paragraphs and list
 * items of each page's article, with citation markers (`.cite`), the sources list, tables, the
 * breadcrumb and anything marked `data-pagefind-ignore` left out. Prints, per page and in total:
 *   - words of prose (explanatory pages and profiles; Disagreements counted apart)
 *   - sentences that name an outlet (Forbes, Filenews, Eurasia Review, RFE/RL, Caliber.Az, the
 *     unsigned blog / "the explainer"), and their share
 *   - sentences of 40 words or more (whole site)
 *   - the site's own readings ("On our reading", "On this site's reading" and the like)
 *   - citation links per sentence
 *   - the home page's tab stops before its sources list, and how many of them are citations
 * Sentences are split with Intl.Segmenter. `--json` prints the figures as JSON instead.
 */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { builtPageFiles } from '../src/build/built-pages.ts';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
const asJson = process.argv.includes('--json');

const OUTLET =
  /\b(Forbes|Filenews|Eurasia Review|RFE\/RL|Caliber\.Az|Caliber|the explainer|explainer['’]s|unsigned (?:blog|post|article))\b/i;
const OWN_READING =
  /\b(on (?:this site['’]s|our) reading|in (?:this site['’]s|our) (?:view|reading)|we (?:read|take) (?:this|it|them)|this site reads)\b/i;
const EXPLANATORY = new Set(['/', '/background/', '/analysis/', '/voices/', '/outlook/']);

const classes = (node) => [node.properties?.className ?? []].flat().map(String);
const has = (node, name) => classes(node).includes(name);
const ignored = (node) =>
  node.properties?.dataPagefindIgnore !== undefined ||
  has(node, 'cite') ||
  has(node, 'references') ||
  node.tagName === 'table' ||
  node.tagName === 'nav' ||
  node.properties?.hidden !== undefined;

function find(node, test) {
  if (test(node)) return node;
  for (const child of node.children ?? []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Text blocks (p, li without nested blocks) of an article, markers and furniture removed. */
function blocks(article) {
  const out = [];
  const visit = (node) => {
    if (node.type !== 'element') return;
    if (ignored(node)) return;
    if (node.tagName === 'p' || node.tagName === 'li') {
      const strip = (n) =>
        n.type === 'element'
          ? {
              ...n,
              children: (n.children ?? [])
                .filter((c) => c.type !== 'element' || !ignored(c))
                .filter((c) => c.type !== 'element' || !['ul', 'ol'].includes(c.tagName))
                .map(strip),
            }
          : n;
      const text = toString(strip(node)).replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, cites: countCiteLinks(node) });
      for (const child of node.children ?? [])
        if (child.type === 'element' && ['ul', 'ol'].includes(child.tagName)) visit(child);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(article);
  return out;
}

function countCiteLinks(node) {
  let n = 0;
  const visit = (x, inCite) => {
    if (x.type !== 'element') return;
    if (x.tagName === 'ul' || x.tagName === 'ol') return; // nested lists count as their own blocks
    const cite = inCite || has(x, 'cite');
    if (cite && x.tagName === 'a') n++;
    for (const c of x.children ?? []) visit(c, cite);
  };
  for (const c of node.children ?? []) visit(c, false);
  return n;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const words = (text) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const sentencesOf = (text) =>
  [...segmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => words(s) > 0);

/** Focusable elements before the sources list, in document order, and how many are citations. */
function tabStops(root) {
  let total = 0;
  let cites = 0;
  let done = false;
  const visit = (node, inCite) => {
    if (done) return;
    if (node.type === 'root') {
      for (const child of node.children) visit(child, false);
      return;
    }
    if (node.type !== 'element') return;
    if (has(node, 'references')) {
      done = true;
      return;
    }
    if (node.properties?.hidden !== undefined || node.tagName === 'template') return;
    const cite = inCite || has(node, 'cite');
    const tabindex = node.properties?.tabIndex;
    const focusable =
      (node.tagName === 'a' && node.properties?.href !== undefined) ||
      ['button', 'input', 'select', 'textarea', 'summary'].includes(node.tagName) ||
      (tabindex !== undefined && Number(tabindex) >= 0);
    if (focusable && !(node.properties?.disabled !== undefined)) {
      total++;
      if (cite) cites++;
    }
    for (const child of node.children ?? []) visit(child, cite);
  };
  visit(root, false);
  return { total, cites };
}

const pages = [];
for (const { file, path } of builtPageFiles(dir)) {
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const article = find(tree, (n) => n.tagName === 'article' && has(n, 'article'));
  if (!article) continue;
  const list = blocks(article);
  const sentences = list.flatMap((b) => sentencesOf(b.text));
  pages.push({
    path,
    group: EXPLANATORY.has(path)
      ? 'explanatory'
      : path.startsWith('/states/') && path !== '/states/'
        ? 'profile'
        : path === '/disagreements/'
          ? 'disagreements'
          : 'other',
    words: list.reduce((n, b) => n + words(b.text), 0),
    sentences: sentences.length,
    outlet: sentences.filter((s) => OUTLET.test(s)).length,
    long: sentences.filter((s) => words(s) >= 40),
    own: sentences.filter((s) => OWN_READING.test(s)).length,
    citeLinks: list.reduce((n, b) => n + b.cites, 0),
    tabs: path === '/' ? tabStops(tree) : undefined,
  });
}

const sum = (list, key) =>
  list.reduce((n, p) => n + (typeof key === 'function' ? key(p) : p[key]), 0);
const pct = (a, b) => (b ? `${Math.round((100 * a) / b)}%` : '–');
const main = pages.filter((p) => p.group === 'explanatory' || p.group === 'profile');
const withDisagreements = pages.filter((p) => p.group !== 'other');
const home = pages.find((p) => p.path === '/');
const figures = {
  proseWords: sum(main, 'words'),
  outletShare: sum(main, 'outlet') / Math.max(1, sum(main, 'sentences')),
  worstOutletPage: main
    .map((p) => ({ path: p.path, share: p.outlet / Math.max(1, p.sentences) }))
    .sort((a, b) => b.share - a.share)[0],
  longSentences: sum(pages, (p) => p.long.length),
  ownReadings: sum(pages, 'own'),
  citeLinksPerSentence: sum(main, 'citeLinks') / Math.max(1, sum(main, 'sentences')),
  homeTabStops: home?.tabs,
};

if (asJson) {
  console.log(
    JSON.stringify(
      { figures, pages: pages.map(({ long, ...p }) => ({ ...p, long: long.length })) },
      null,
      2
    )
  );
  process.exit(0);
}

console.log(`Prose figures for ${dir} (main text, citation markers removed)\n`);
console.log(
  '| page | words | sentences | name an outlet | 40+ words | own readings | cite links / sentence |'
);
console.log('|---|---|---|---|---|---|---|');
for (const p of [...withDisagreements].sort(
  (a, b) => a.group.localeCompare(b.group) || a.path.localeCompare(b.path)
))
  console.log(
    `| ${p.path} | ${p.words} | ${p.sentences} | ${p.outlet} (${pct(p.outlet, p.sentences)}) | ${p.long.length} | ${p.own} | ${(p.citeLinks / Math.max(1, p.sentences)).toFixed(2)} |`
  );
const others = pages.filter((p) => p.group === 'other');
console.log(
  `| other pages (${others.length}) | ${sum(others, 'words')} | ${sum(others, 'sentences')} | ${sum(others, 'outlet')} | ${sum(others, (p) => p.long.length)} | ${sum(others, 'own')} | – |`
);
console.log('');
console.log('| figure | now | goal |');
console.log('|---|---|---|');
console.log(
  `| prose of the explanatory pages and profiles, Disagreements aside | ${figures.proseWords} words | ≤ 11,500 |`
);
console.log(
  `| sentences that name an outlet, same pages | ${Math.round(100 * figures.outletShare)}% (worst ${figures.worstOutletPage?.path} ${Math.round(100 * (figures.worstOutletPage?.share ?? 0))}%) | ≤ 20%, ≤ 30% on any page |`
);
console.log(`| sentences of 40 words or more, whole site | ${figures.longSentences} | ≤ 20 |`);
console.log(
  `| the site's own readings ("On our reading" and the like), whole site | ${figures.ownReadings} | ≤ 15 |`
);
console.log(
  `| citation links per sentence, same pages | ${figures.citeLinksPerSentence.toFixed(2)} | ≤ 1.2 |`
);
console.log(
  `| home page: tab stops that are citations, before its sources list | ${figures.homeTabStops?.cites} of ${figures.homeTabStops?.total} | ≤ 40 |`
);
if (process.argv.includes('--long'))
  for (const p of pages)
    for (const s of p.long) console.log(`\n${p.path} (${words(s)} words): ${s}`);
