#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in the order a failure is cheapest to find.
 *   1. Chromium present (installed from Debian when possible); the lock file complete
 *   2. lint (ESLint: correctness and the folders' import boundaries) and format (Prettier), then
 *      the type check (astro check)
 *   3. unit tests of src/lib
 *   4. production build (astro + link check + Pagefind), HTML validation, and the built text
 *      against the source articles (quotations, copied runs, paragraph guides)
 *   5. build tests: bad content must fail the build with a clear message; published anchors
 *   6. a second build under the sub-path /csto/, then browser tests against both, in Chromium
 *   7. a third build as for production (SITE_URL=https://csto-explainer.example); nginx (installed
 *      from Debian when possible) serves it and the sub-path build with deploy/'s configuration, and
 *      the server checks, the whole-site checks, deep links and search run against it
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';
import { ensureNginx } from './ensure-nginx.mjs';

/** [name, command, arguments, what to do when it fails] */
const steps = [
  ['Lock file (an install would not change it)', 'node', ['scripts/lock-check.mjs']],
  [
    'Lint (ESLint)',
    'npm',
    ['run', 'lint'],
    'Fix the problems listed above (npm run lint; "npm run lint -- --fix" fixes some).',
  ],
  [
    'Format (Prettier)',
    'npm',
    ['run', 'format:check'],
    'The files listed above are not formatted: run "npm run format" and commit the result.',
  ],
  ['Type check', 'npm', ['run', 'check']],
  ['Unit tests', 'npm', ['run', 'test:unit']],
  ['Build', 'npm', ['run', 'build']],
  ['HTML validation', 'npm', ['run', 'validate:html']],
  [
    'Quotations, copied wording and paragraph guides against the sources',
    'npm',
    ['run', 'check:citations'],
  ],
  ['Bad-content build tests', 'npm', ['run', 'test:build']],
  ['Build under a sub-path (/csto/)', 'npm', ['run', 'build:subpath']],
  ['Browser tests', 'npm', ['run', 'test:browser']],
  ['Production build (SITE_URL=https://csto-explainer.example)', 'npm', ['run', 'build:nginx']],
  ['Browser and server tests against nginx', 'npm', ['run', 'test:nginx']],
];

const started = Date.now();
try {
  process.env.CHROME_PATH = ensureChromium();
  ensureNginx();
} catch (error) {
  console.error(`\n✗ ${error.message}`);
  process.exit(1);
}

for (const [name, command, args, hint] of steps) {
  console.log(`\n▶ ${name}`);
  // The suite's own builds are local previews: they say so with SITE_URL and skip its warning.
  const env = { SITE_URL: 'http://127.0.0.1:4321', ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(
      `\n✗ ${name} failed (exit ${result.status ?? result.signal}). Later steps did not run.`
    );
    if (hint) console.error(`  ${hint}`);
    process.exit(result.status || 1);
  }
}
console.log(
  `\n✓ All ${steps.length} steps passed in ${Math.round((Date.now() - started) / 1000)} s.`
);
