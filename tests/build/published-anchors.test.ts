/**
 * Published anchors (tests/published-anchors.txt) keep landing, and the list only grows. Checked
 * against what main has published (scripts/built-anchors.mjs: every anchor of the list in main's
 * history up to this branch's merge-base), not against the working tree or HEAD, which the change
 * under test may have rewritten: a heading renamed and committed together with
 * `npm run anchors:update` still fails here until an alias gives the old id back. Each anchor is
 * listed once, by its English address, and must land in both editions (/ru/ + the same address).
 * Run after `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import {
  inEveryEdition,
  publishedByMain,
  readBuild,
  workingList,
} from '../../scripts/built-anchors.mjs';
import { checkPublishedAnchors, droppedAnchors } from '../../src/lib/built/anchors';

const main = publishedByMain();
const list = workingList();
const { linkable, landing } = readBuild(process.env.SITE_DIR ?? 'dist');

describe(`published anchors (main: ${main.base})`, () => {
  it('main has published a list to check against', () => {
    expect(main.anchors.size).toBeGreaterThan(200);
  });

  it('every anchor main has published still lands, in both editions: on its element, or on an alias', () => {
    const { missing } = checkPublishedAnchors(
      [...main.anchors].flatMap(inEveryEdition),
      landing,
      []
    );
    expect(
      missing,
      'published anchors that no longer land: restore the id, or give it to the element that replaced it in content/anchor-aliases.yaml'
    ).toEqual([]);
  });

  it('the list drops no anchor main has published (a renamed one keeps its line and gets an alias)', () => {
    expect(droppedAnchors(main.anchors, list)).toEqual([]);
  });

  it('every anchor the list adds lands too (one that never reached main may be deleted instead)', () => {
    const added = list.filter((anchor) => !main.anchors.has(anchor));
    expect(checkPublishedAnchors(added.flatMap(inEveryEdition), landing, []).missing).toEqual([]);
  });

  it('every linkable anchor of the build is listed', () => {
    const { unlisted } = checkPublishedAnchors(list, new Map(), [...linkable]);
    expect(
      unlisted,
      'new anchors: run "npm run anchors:update" and commit tests/published-anchors.txt'
    ).toEqual([]);
  });
});
