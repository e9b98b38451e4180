/**
 * Every anchor in tests/published-anchors.txt must still land in the built site (dist/), and every
 * linkable anchor of the build must be in the list. Run after `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtAnchors } from '../../scripts/built-anchors.mjs';
import { applyAliases, checkPublishedAnchors, linkableIds, splitAnchor } from '../../src/lib/anchors';

const published = readFileSync('tests/published-anchors.txt', 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
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
  it('every published anchor still lands, and every anchor of the build is published', () => {
    const idsOnPages = byPage([...new Set(published.map((a) => splitAnchor(a).page))].flatMap((page) => {
      try {
        return [...new Set(pageHtml(page).match(/\sid="[^"]+"/g) ?? [])].map((m) => `${page}#${m.slice(5, -1)}`);
      } catch {
        return [];
      }
    }));
    const { missing, unlisted } = checkPublishedAnchors(published, idsOnPages, [...current]);
    expect(missing, 'published anchors that no longer exist: restore them or alias them in content/anchor-aliases.yaml').toEqual([]);
    expect(unlisted, 'new anchors: run "npm run anchors:update" and commit tests/published-anchors.txt').toEqual([]);
    expect(published.length).toBeGreaterThan(200);
  });

  it('a renamed anchor fails the check, and passes again once aliased', () => {
    const anchor = published.find((a) => a.startsWith('/states/armenia/#'))!;
    const { page, id } = splitAnchor(anchor);
    const renamed = pageHtml(page).replace(`id="${id}"`, `id="${id}-renamed"`);
    const check = (html: string) => checkPublishedAnchors([anchor], new Map([[page, new Set(html.match(/\sid="[^"]+"/g)!.map((m) => m.slice(5, -1)))]]), []);

    expect(check(renamed).missing).toEqual([anchor]);
    const aliased = applyAliases(renamed, [{ fromId: id, toId: `${id}-renamed` }]);
    expect(aliased.unresolved).toEqual([]);
    expect(check(aliased.html).missing).toEqual([]);
    // The alias sits right before the renamed element, so the old link lands on it.
    expect(aliased.html).toContain(`<span id="${id}" class="anchor-alias"></span>`);
    expect(linkableIds(aliased.html)).toContain(`${id}-renamed`);
  });
});
