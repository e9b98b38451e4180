#!/usr/bin/env node
/**
 * Does a change that should change nothing a reader sees (formatting, a refactor) leave the built
 * pages' text alone? Compares the text of every HTML page of two builds, word by word, and prints
 * each change; exits 1 if there is one. Whitespace is folded, so only a word, a punctuation mark
 * or a space that appears or disappears counts (e.g. "¶7." that became "¶7 .").
 *
 *   npm run build && cp -r dist .tmp/dist-before
 *   …change the code…
 *   npm run build && node scripts/compare-built-text.mjs .tmp/dist-before dist
 *
 * Both builds must come from the same git history: pages carry dates from git.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('Usage: node scripts/compare-built-text.mjs <build before> <build after>');
  process.exit(2);
}

/** One word a line, so that diff(1) compares words. */
const words = (file) =>
  `${toString(fromHtml(readFileSync(file, 'utf8')))
    .split(/\s+/)
    .filter(Boolean)
    .join('\n')}\n`;
const pages = (dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .sort();

const scratch = mkdtempSync(join(tmpdir(), 'csto-compare-'));
let changed = 0;
try {
  const afterPages = new Set(pages(after));
  for (const page of pages(before)) {
    if (!afterPages.delete(page)) {
      console.log(`${page}: missing from ${after}`);
      changed++;
      continue;
    }
    writeFileSync(join(scratch, 'before'), words(join(before, page)));
    writeFileSync(join(scratch, 'after'), words(join(after, page)));
    try {
      execFileSync('diff', ['-U2', join(scratch, 'before'), join(scratch, 'after')], {
        encoding: 'utf8',
      });
    } catch (error) {
      if (error.status !== 1) throw error;
      changed++;
      const hunks = error.stdout.split(/^@@.*@@\n/m).slice(1);
      for (const hunk of hunks) console.log(`${page}: ${hunk.trim().split('\n').join(' ')}`);
    }
  }
  for (const page of afterPages) {
    console.log(`${page}: new in ${after}`);
    changed++;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(
  changed
    ? `\n${changed} pages differ ("-word" before, "+word" after).`
    : 'The text of every page is the same.'
);
process.exit(changed ? 1 : 0);
