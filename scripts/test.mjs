#!/usr/bin/env node
/**
 * `npm test`: the whole suite, as independent steps run side by side where the two cores allow.
 *
 *   lock file · lint · format · type check · unit tests            (need nothing)
 *   build ─┬─ HTML validation · built text against the sources · build tests (published anchors,
 *          │  open data, heading controls, scripts; and one build of a copy full of bad content)
 *   build under /csto/ ─┴─ browser tests (Chromium, against both builds, Node server)
 *   production build (precompressed) ─── nginx tests (with the sub-path build too)
 *
 * A step starts once the steps it needs have passed; at most TEST_JOBS steps (default: one per
 * core) run at once, and two never run Astro in the project folder together (they share its
 * content cache). Each step's output is kept in .tmp/test-logs/ and printed when it ends; the
 * first failure stops the others and prints what failed. At the end, each step's time.
 *
 *   npm test                     TEST_JOBS=1 npm test (one step at a time)
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { ensureNginx } from './ensure-nginx.mjs';

/**
 * A step of the suite.
 * @typedef {object} Step
 * @property {string} id names its log (.tmp/test-logs/<id>.log) and what other steps need
 * @property {string} name what it checks, as printed
 * @property {string[]} run the command and its arguments
 * @property {string[]} [needs] the ids of the steps that must pass before it starts
 * @property {boolean} [astro] runs Astro in the project folder (two never run together)
 * @property {string} [hint] what to do when it fails
 */

/**
 * A step once started.
 * @typedef {object} Run
 * @property {'running' | 'passed' | 'failed' | 'stopped'} status
 * @property {number} start when it started (ms since the epoch)
 * @property {number} [end] when it ended
 * @property {import('node:child_process').ChildProcess} child its process (the leader of its group)
 */

/**
 * id, name, command, what it needs first, whether it runs Astro in the project folder, and what to
 * do when it fails. Listed in the order steps are started when several could start: the long
 * chains first (build and sub-path build, then the browser tests; the production build, then the
 * nginx tests, beside the browser tests), the quick checks filling the gaps. The type check runs
 * Astro too: it waits until the production build is done rather than delay the nginx tests.
 */
/** @type {Step[]} */
const STEPS = [
  { id: 'build', name: 'Build', run: ['npm', 'run', 'build'], astro: true },
  {
    id: 'lint',
    name: 'Lint (ESLint)',
    run: ['npm', 'run', 'lint'],
    hint: 'Fix the problems listed above (npm run lint; "npm run lint -- --fix" fixes some).',
  },
  {
    id: 'subpath',
    name: 'Build under a sub-path (/csto/)',
    run: ['npm', 'run', 'build:subpath'],
    astro: true,
  },
  {
    id: 'browser',
    name: 'Browser tests',
    run: ['npm', 'run', 'test:browser'],
    needs: ['build', 'subpath'],
  },
  {
    id: 'production',
    name: 'Production build (SITE_URL=https://csto-explainer.example, precompressed)',
    run: ['npm', 'run', 'build:nginx'],
    astro: true,
  },
  {
    id: 'nginx',
    name: 'Browser and server tests against nginx',
    run: ['npm', 'run', 'test:nginx'],
    needs: ['production', 'subpath'],
  },
  {
    id: 'format',
    name: 'Format (Prettier)',
    run: ['npm', 'run', 'format:check'],
    hint: 'The files listed above are not formatted: run "npm run format" and commit the result.',
  },
  { id: 'unit', name: 'Unit tests', run: ['npm', 'run', 'test:unit'] },
  {
    id: 'lock',
    name: 'Lock file (an install would not change it)',
    run: ['node', 'scripts/lock-check.mjs'],
  },
  { id: 'types', name: 'Type check', run: ['npm', 'run', 'check'], astro: true },
  {
    id: 'build-tests',
    name: 'Build tests (bad content, published anchors, open data, scripts)',
    run: ['npm', 'run', 'test:build'],
    needs: ['build'],
  },
  {
    id: 'sources',
    name: 'Quotations, copied wording and paragraph guides against the sources',
    run: ['npm', 'run', 'check:citations'],
    needs: ['build'],
  },
  {
    id: 'html',
    name: 'HTML validation',
    run: ['npm', 'run', 'validate:html'],
    needs: ['build'],
  },
];

const LOGS = '.tmp/test-logs';
const jobs = Math.max(1, Number(process.env.TEST_JOBS) || availableParallelism());
/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const started = Date.now();
const load = [loadavg()[0]];

try {
  process.env.CHROME_PATH = ensureChromium();
  ensureNginx();
} catch (error) {
  console.error(`\n✗ ${error.message}`);
  process.exit(1);
}
rmSync(LOGS, { recursive: true, force: true });
mkdirSync(LOGS, { recursive: true });

// The suite's own builds are local previews: they say so with SITE_URL and skip its warning.
const env = {
  SITE_URL: 'http://127.0.0.1:4321',
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
};

/** @type {Map<string, Run>} each started step by its id */
const state = new Map();
/** @type {{ step: Step, code: number | string | null, log: string }[]} the steps that failed, first first */
const failures = [];

/** GNU time, when installed, reports each step's CPU seconds (its processes and theirs). */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * CPU seconds (user + system) a step used: its GNU time report, plus what its Chromium's processes
 * used that no parent collects (scripts/chromium.mjs, uncountedCpu); undefined without a report.
 * @param {Step} step
 * @returns {number | undefined}
 */
function cpuOf(step) {
  try {
    const report = readFileSync(join(LOGS, `${step.id}.cpu`), 'utf8')
      .trim()
      .split('\n');
    const [user = NaN, system = NaN] = (report.at(-1) ?? '').split(' ').map(Number);
    let uncounted = 0;
    try {
      const lines = readFileSync(join(LOGS, `${step.id}.uncounted`), 'utf8')
        .trim()
        .split('\n');
      uncounted = lines.reduce((sum, line) => sum + Number(line), 0);
    } catch {
      // no browser in this step
    }
    const total = user + system + uncounted;
    return Number.isFinite(total) ? total : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts a step, its output going to its log; resolves when it has ended and been recorded.
 * @param {Step} step
 * @returns {Promise<void>}
 */
function start(step) {
  const log = join(LOGS, `${step.id}.log`);
  const out = createWriteStream(log);
  const [command, ...args] = TIME
    ? [TIME, '-f', '%U %S', '-o', join(LOGS, `${step.id}.cpu`), ...step.run]
    : step.run;
  // Its own process group, so a failure elsewhere can stop the step and everything it started.
  const child = spawn(command, args, {
    env: { ...env, TEST_CPU_UNCOUNTED: join(process.cwd(), LOGS, `${step.id}.uncounted`) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  /** @type {Run} */
  const entry = { status: 'running', start: Date.now(), child };
  state.set(step.id, entry);
  console.log(`▶ ${step.name}  (${seconds(entry.start - started)})`);
  return new Promise((/** @type {() => void} */ done) => {
    child.once('close', (code, signal) => {
      out.end(() => {
        entry.end = Date.now();
        if (entry.status === 'stopped') return done();
        entry.status = code === 0 ? 'passed' : 'failed';
        const took = seconds(entry.end - entry.start);
        if (entry.status === 'passed') console.log(`✓ ${step.name}  ${took}`);
        else {
          failures.push({ step, code: code ?? signal, log });
          console.log(`✗ ${step.name}  ${took}`);
        }
        done();
      });
    });
  });
}

/** @param {Step} step whether it can start now */
const ready = (step) =>
  !state.has(step.id) &&
  (step.needs ?? []).every((id) => state.get(id)?.status === 'passed') &&
  !(step.astro && STEPS.some((s) => s.astro && state.get(s.id)?.status === 'running'));

/** @type {Set<Promise<unknown>>} */
const running = new Set();
const sampler = setInterval(() => load.push(loadavg()[0]), 5000);
while (failures.length === 0) {
  while (running.size < jobs) {
    const next = STEPS.find(ready);
    if (!next) break;
    const promise = start(next).then(() => running.delete(promise));
    running.add(promise);
  }
  if (running.size === 0) break;
  await Promise.race(running);
}
clearInterval(sampler);

if (failures.length) {
  for (const [, entry] of state) {
    if (entry.status !== 'running') continue;
    entry.status = 'stopped';
    try {
      if (entry.child.pid) process.kill(-entry.child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await Promise.all(running);
}

/** The steps that started, in the order they started, each with its run. */
const runs = STEPS.flatMap((step) => {
  const run = state.get(step.id);
  return run ? [{ step, run }] : [];
}).sort((a, b) => a.run.start - b.run.start);
const table = runs.map(({ step, run }) => {
  const { status, start: from, end = Date.now() } = run;
  const mark = { passed: '✓', failed: '✗', stopped: '·', running: '…' }[status];
  const cpu = status === 'stopped' ? undefined : cpuOf(step);
  const cpuText = cpu === undefined ? '' : `CPU ${seconds(cpu * 1000)}`;
  return `  ${mark} ${seconds(end - from).padStart(8)}  ${cpuText.padStart(12)}  from ${seconds(from - started).padStart(8)}  ${step.name}`;
});
const cpuTotal = runs.reduce((sum, { step }) => sum + (cpuOf(step) ?? 0), 0);
const mean = load.reduce((a, b) => a + b, 0) / load.length;
console.log(
  `\nStep times: wall, CPU (user + system, all its processes), start (${jobs} at a time; load average ${mean.toFixed(1)} on ${availableParallelism()} cores during the run${TIME ? `; ${seconds(cpuTotal * 1000)} of CPU in all` : ''}):\n${table.join('\n')}`
);

const [failed] = failures;
if (failed) {
  const { step, code, log } = failed;
  console.error(`\n──── ${step.name}: output (${log}) ────\n`);
  console.error(readFileSync(log, 'utf8'));
  console.error(
    `✗ ${step.name} failed (exit ${code}) after ${seconds(Date.now() - started)}. The steps still running were stopped; later steps did not run.`
  );
  if (step.hint) console.error(`  ${step.hint}`);
  process.exit(typeof code === 'number' && code ? code : 1);
}
const skipped = STEPS.filter((step) => !state.has(step.id));
if (skipped.length) {
  console.error(`\n✗ Steps that never became ready: ${skipped.map((s) => s.name).join(', ')}`);
  process.exit(1);
}
console.log(`\n✓ All ${STEPS.length} steps passed in ${seconds(Date.now() - started)}.`);
