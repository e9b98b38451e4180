/**
 * Anchors of a built site and of the published list (tests/published-anchors.txt), for
 * `npm run anchors:update` and tests/build/published-anchors.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtPageFiles } from '../src/build/built-pages.ts';
import { landingIds, linkableIds } from '../src/lib/built/anchors.ts';
import { LANGS, localPath, unlocalizedPath } from '../src/i18n/langs.ts';

/** The published list: every page#id readers may link to. It only grows. */
export const LIST = 'tests/published-anchors.txt';

/** Pages whose ids are navigation aids, not places to link to. */
const UNLISTED = new Set(['/a-z/', '/search/', '/404.html']);

/**
 * The anchors of a list's text (comments and blank lines left out).
 * @param {string} text
 * @returns {string[]}
 */
export const listAnchors = (text) =>
  text.split('\n').filter((line) => line && !line.startsWith('#'));

/**
 * The build's pages, each with its linkable anchors ("/page/#id", without the base path) and the
 * ids a link can land on (any element's, the aliases' included). The list names each section
 * once, by its English address: the same ids are the same sections in every edition, so a Russian
 * page's anchors are counted under their English twin ("/ru/people/#putin" as "/people/#putin"),
 * and one the English edition lacks shows up as unlisted.
 * @returns {{ linkable: Set<string>, landing: Map<string, Set<string>> }}
 */
export function readBuild(dist) {
  const linkable = new Set();
  const landing = new Map();
  for (const { file, path } of builtPageFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    landing.set(path, landingIds(html));
    const page = unlocalizedPath(path);
    if (UNLISTED.has(page)) continue;
    for (const id of linkableIds(html)) linkable.add(`${page}#${id}`);
  }
  return { linkable, landing };
}

/**
 * An anchor of the list in every edition: "/people/#putin" → "/people/#putin", "/ru/people/#putin".
 * @param {string} anchor
 * @returns {string[]}
 */
export const inEveryEdition = (anchor) => LANGS.map((lang) => localPath(lang, anchor));

/** The linkable anchors of a built site, as "/page/#id" strings (without the base path). */
export const builtAnchors = (dist) => readBuild(dist).linkable;

const git = (...args) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const revision = (name) => {
  try {
    return git('rev-parse', '--verify', '--quiet', `${name}^{commit}`);
  } catch {
    return undefined;
  }
};

/**
 * What main has published: every anchor that any version of the list has held in main's history,
 * up to where this branch left it (the merge-base of HEAD and main). Not the working tree and not
 * HEAD's list, which the change under test may itself have rewritten. PUBLISHED_ANCHORS_BASE names
 * another commit; `PUBLISHED_ANCHORS_BASE=HEAD` takes HEAD's own history, knowingly.
 *
 * Without main's history there is nothing to check against: with no main ref, or in a shallow
 * clone (whose oldest commit shows its whole list as added), the "published" list would be HEAD's
 * own, and a rename committed with `anchors:update` would pass. So it refuses instead, saying what
 * to do.
 * @returns {{ base: string, anchors: Set<string> }}
 */
export function publishedByMain() {
  const named = process.env.PUBLISHED_ANCHORS_BASE;
  if (named && !revision(named))
    throw new Error(`PUBLISHED_ANCHORS_BASE=${named} is not a commit of this repository`);
  const main = named || ['origin/main', 'main'].find((name) => revision(name));
  const shallow = git('rev-parse', '--is-shallow-repository') === 'true';
  if (!named && (!main || shallow)) {
    // A bare `git fetch --unshallow origin main` deepens the history but, in a single-branch
    // clone (what CI checks out), makes no origin/main: the refspec names where it goes.
    const fetch = `git fetch${shallow ? ' --unshallow' : ''} origin main:refs/remotes/origin/main`;
    throw new Error(
      `The published anchors are read from main's history, and ${shallow ? 'this clone is shallow' : 'neither origin/main nor main exists here'}: checked against itself, a heading renamed and committed with anchors:update would pass. Fetch main first (${fetch}), or set PUBLISHED_ANCHORS_BASE to the commit that was last published (PUBLISHED_ANCHORS_BASE=HEAD knowingly checks HEAD against its own history).`
    );
  }
  const base = git('merge-base', 'HEAD', main);
  // Every line main's own line of commits added to the list up to the base (the list has never
  // lost one). A merge counts by what it brought in (-m --first-parent): plain `log -p` shows no
  // diff for merges and, simplifying history, hid the 183 anchors branches added.
  const history = git(
    'log',
    '-p',
    '-m',
    '--first-parent',
    '--no-renames',
    '--format=',
    base,
    '--',
    LIST
  );
  const anchors = new Set(
    history
      .split('\n')
      .filter((line) => line.startsWith('+/'))
      .map((line) => line.slice(1))
  );
  return { base: `${main} at ${base.slice(0, 10)}`, anchors };
}

/**
 * The list as it is in the working tree.
 * @returns {string[]}
 */
export const workingList = () => listAnchors(readFileSync(LIST, 'utf8'));
