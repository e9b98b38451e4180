/**
 * Builds a copy of the project with things changed, for the build tests: copies the project into
 * a temporary folder, edits it, runs `astro build` there and reads what it printed.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = resolve(import.meta.dirname, '../..');

export interface BuiltCopy {
  dir: string;
  status: number | null;
  output: string;
}

/** A folder for this test file's copies; call `remove` in afterAll. */
export function workFolder(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A fresh copy of the project under `work` with `edit` applied; returns the build's exit code and output. */
export function buildWith(
  work: string,
  name: string,
  edit: (dir: string) => void,
  env: NodeJS.ProcessEnv = process.env
): BuiltCopy {
  const dir = join(work, name);
  for (const entry of [
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'src',
    'content',
    'public',
  ]) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  // The packages are the project's, but not Astro's caches (node_modules/.astro holds the content
  // store, node_modules/.vite Vite's): the copy must not share them with builds of the project
  // running at the same time.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  edit(dir);
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...env,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      OUT_DIR: './dist',
    },
  });
  return { dir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Replaces text in a file of the copy; throws when the text is not there, so a stale fixture fails loudly. */
export function replaceIn(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture did not apply: ${String(from)} not found in ${file}`);
  writeFileSync(path, next);
}
