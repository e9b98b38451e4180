#!/usr/bin/env node
/**
 * The lock file must be complete: `npm ci` installs exactly what it lists, and `npm install` on a
 * fresh clone must have nothing to add. Two checks, both run by `npm test`:
 *   1. lockProblems() — offline and exact: the lock's root matches package.json, and every
 *      dependency of every locked package (optional ones too: other platforms' binaries) resolves
 *      to an entry of the lock the way Node resolves it (nearest node_modules upwards).
 *   2. wouldInstallChange() — asks npm itself: `npm install --package-lock-only` in a scratch copy
 *      of package.json and the lock (no node_modules, no scripts) must leave the lock byte for byte.
 *
 *   node scripts/lock-check.mjs
 */
import { readFileSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const KINDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/** Where Node would find `name` from the package at `at` ("" is the project), or undefined. */
function resolve(packages, at, name) {
  let dir = at;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return undefined;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up === -1 ? '' : dir.slice(0, up);
  }
}

/** Problems with a parsed package-lock.json against its package.json; [] when complete. */
export function lockProblems(pkg, lock) {
  const problems = [];
  if (lock.lockfileVersion !== 3)
    problems.push(`lockfileVersion is ${lock.lockfileVersion}, expected 3 (npm 9 or newer)`);
  const packages = lock.packages ?? {};
  const root = packages[''] ?? {};
  for (const kind of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    const want = pkg[kind] ?? {};
    const have = root[kind] ?? {};
    for (const name of new Set([...Object.keys(want), ...Object.keys(have)])) {
      if (want[name] !== have[name])
        problems.push(
          `${kind}.${name}: package.json says ${want[name] ?? 'nothing'}, the lock says ${have[name] ?? 'nothing'}`
        );
    }
  }
  for (const [at, entry] of Object.entries(packages)) {
    if (entry.link) continue;
    for (const kind of KINDS) {
      if (at === '' && kind === 'devDependencies') continue; // checked against package.json above, resolved below
      for (const name of Object.keys(entry[kind] ?? {})) {
        if (kind === 'peerDependencies' && entry.peerDependenciesMeta?.[name]?.optional) continue;
        if (at !== '' && kind === 'devDependencies') continue; // a dependency's dev dependencies are never installed
        if (!resolve(packages, at, name))
          problems.push(
            `${at || 'the project'}: ${kind.replace(/ies$/, 'y')} "${name}" is not in the lock`
          );
      }
    }
  }
  for (const name of Object.keys(root.devDependencies ?? {})) {
    if (!resolve(packages, '', name))
      problems.push(`the project: devDependency "${name}" is not in the lock`);
  }
  return problems;
}

/**
 * Runs `npm install --package-lock-only` on a scratch copy; returns undefined when the lock stays
 * the same, or what went wrong. npm reads the registry's metadata for this (the registry `npm ci`
 * just installed from); it downloads no packages and runs no scripts.
 */
export function wouldInstallChange(dir = '.') {
  const scratch = mkdtempSync(join(tmpdir(), 'csto-lock-'));
  try {
    copyFileSync(join(dir, 'package.json'), join(scratch, 'package.json'));
    copyFileSync(join(dir, 'package-lock.json'), join(scratch, 'package-lock.json'));
    const result = spawnSync(
      'npm',
      [
        'install',
        '--package-lock-only',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
      ],
      { cwd: scratch, encoding: 'utf8' }
    );
    if (result.status !== 0)
      return `npm install --package-lock-only failed:\n${result.stderr.trim()}`;
    const before = readFileSync(join(dir, 'package-lock.json'), 'utf8');
    const after = readFileSync(join(scratch, 'package-lock.json'), 'utf8');
    if (before === after) return undefined;
    const changed = after
      .split('\n')
      .filter((line, i, lines) => !before.includes(line) && lines.indexOf(line) === i);
    return `npm install would rewrite package-lock.json (${changed.length} new lines), e.g.:\n${changed.slice(0, 8).join('\n')}`;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = lockProblems(
    JSON.parse(readFileSync('package.json', 'utf8')),
    JSON.parse(readFileSync('package-lock.json', 'utf8'))
  );
  const change = problems.length === 0 ? wouldInstallChange() : undefined;
  if (problems.length > 0 || change) {
    console.error(
      `package-lock.json is not what an install would write:\n  ${[...problems, change].filter(Boolean).join('\n  ')}`
    );
    console.error(
      'Run "npm install" (with the registry reachable), check the diff, and commit package-lock.json.'
    );
    process.exit(1);
  }
  console.log('package-lock.json is complete: npm install would not change it.');
}
