/**
 * Benchmark-only packages, installed on demand into a folder of their own under .tmp/ (never in
 * package.json or the lock, so `npm ci` never downloads them): Lighthouse for `npm run bench`,
 * a stock Starlight site for `npm run bench:build`. Each folder gets a package.json naming the
 * versions; `npm install` runs there once, and again only when the versions asked for change.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Installs `dependencies` ({ name: version range }) into `dir` unless they already are.
 * @returns {string} the folder, absolute
 */
export function installOnDemand(dir, dependencies, { name = 'bench-tools' } = {}) {
  const folder = resolve(dir);
  const manifest = { name, private: true, type: 'module', dependencies };
  const file = join(folder, 'package.json');
  const wanted = `${JSON.stringify(manifest, null, 2)}\n`;
  const installed =
    existsSync(file) &&
    readFileSync(file, 'utf8') === wanted &&
    existsSync(join(folder, 'node_modules', '.package-lock.json'));
  if (installed) return folder;
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, wanted);
  const list = Object.entries(dependencies)
    .map(([pkg, version]) => `${pkg}@${version}`)
    .join(', ');
  console.log(`Installing ${list} into ${dir} (benchmark only, not in the lock)…`);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: folder,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`npm install in ${dir} failed (exit ${result.status})`);
  return folder;
}

/** Imports a package installed by installOnDemand into `folder`. */
export function importFrom(folder, pkg) {
  const require = createRequire(join(folder, 'package.json'));
  return import(pathToFileURL(require.resolve(pkg)).href);
}

/** The installed version of a package in `folder`. */
export function versionIn(folder, pkg) {
  return JSON.parse(readFileSync(join(folder, 'node_modules', pkg, 'package.json'), 'utf8'))
    .version;
}
