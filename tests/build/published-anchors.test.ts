/**
 * Every anchor in the committed tests/published-anchors.txt must still land in the built site
 * (dist/), and every linkable anchor of the build must be in the list. Run after `npm run build`.
 *
 * "Committed" is the list as of the last commit (git HEAD), not the file as it is now: running
 * `npm run anchors:update` rewrites the file from the build, so comparing the build with the file
 * alone would assert what the script just wrote. The working file may add anchors (new sections),
 * never drop a committed one.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { builtAnchors } from '../../scripts/built-anchors.mjs';
import { checkPublishedAnchors, splitAnchor } from '../../src/lib/anchors';

const FILE = 'tests/published-anchors.txt';
const lines = (text: string) => text.split('\n').filter((line) => line && !line.startsWith('#'));
const working = lines(readFileSync(FILE, 'utf8'));
const committed = lines(execFileSync('git', ['show', `HEAD:${FILE}`], { encoding: 'utf8' }));
const current: Set<string> = builtAnchors('dist');
const byPage = (anchors: Iterable<string>) => {
  const map = new Map<string, Set<string>>();
  for (const anchor of anchors) {
    const { page, id } = splitAnchor(anchor);
    map.set(page, (map.get(page) ?? new Set()).add(id));
  }
  return map;
};
const pageHtml = (page: string) => readFileSync(join('dist', page, 'index.html'), 'utf8');

describe('published anchors', () => {
  it('every committed anchor still lands, and every anchor of the build is listed', () => {
    const idsOnPages = byPage(
      [...new Set(committed.map((a) => splitAnchor(a).page))].flatMap((page) => {
        try {
          return [...new Set(pageHtml(page).match(/\sid="[^"]+"/g) ?? [])].map(
            (m) => `${page}#${m.slice(5, -1)}`
          );
        } catch {
          return [];
        }
      })
    );
    const { missing } = checkPublishedAnchors(committed, idsOnPages, []);
    expect(
      missing,
      'published anchors that no longer exist: restore them or alias them in content/anchor-aliases.yaml'
    ).toEqual([]);
    const { unlisted } = checkPublishedAnchors(working, new Map(), [...current]);
    expect(
      unlisted,
      'new anchors: run "npm run anchors:update" and commit tests/published-anchors.txt'
    ).toEqual([]);
    expect(committed.length).toBeGreaterThan(200);
  });

  it('the working list drops no committed anchor (a renamed one needs an alias, not a deleted line)', () => {
    const kept = new Set(working);
    expect(committed.filter((anchor) => !kept.has(anchor))).toEqual([]);
  });
});
