#!/usr/bin/env node
/**
 * `npm run check:sources`: the project's shared second opinion on quotations and copied wording,
 * `source-overlap.mjs`, which lives beside the source articles, outside this repository
 * (../shared/tools/ from the project root; SOURCE_OVERLAP names another copy). A clone without it
 * stops here with a message saying what is missing and where it belongs, not with Node's bare
 * "Cannot find module".
 *
 *   npm run check:sources [-- dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const tool = resolve(process.env.SOURCE_OVERLAP ?? '../shared/tools/source-overlap.mjs');
const dist = process.argv[2] ?? 'dist';

if (!existsSync(tool)) {
  console.error(
    `check:sources needs source-overlap.mjs, and ${tool} does not exist.\n` +
      '  It ships with the source articles: put the shared folder (tools/ and sources/) beside this\n' +
      '  repository as ../shared, or set SOURCE_OVERLAP=/path/to/source-overlap.mjs.'
  );
  process.exit(2);
}
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(
    `check:sources reads a build, and ${dist}/index.html does not exist: run "npm run build" first.`
  );
  process.exit(2);
}
const run = spawnSync(process.execPath, [tool, dist], { stdio: 'inherit' });
process.exit(run.status ?? 1);
