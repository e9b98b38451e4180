#!/usr/bin/env node
/**
 * Chromium for everything that drives a browser (the browser tests, the benchmarks, the
 * screenshots): Debian's build driven by playwright-core, with no browser download, since the
 * machines reach only the npm registry and Debian's archive. The one place that knows
 *   - where Chromium is (CHROME_PATH, else Debian's paths), installing it with apt-get when running
 *     as root, or stopping with a message saying how to install it;
 *   - the flags that keep it off the network: no background traffic, and every host but 127.0.0.1
 *     resolves to nothing (the last flag stops look-ups that the others do not);
 *   - a scratch TMPDIR per browser, removed when it closes (Chromium leaves files in /tmp).
 *
 *   node scripts/chromium.mjs     prints the path of Chromium (installing it if it can)
 */
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

/** Launch flags besides the headless one (playwright adds it; chrome-launcher needs `--headless=new`). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

const candidates = () =>
  [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium-browser',
  ].filter((path) => path !== undefined);

/** @returns {string | undefined} the first Chromium found: CHROME_PATH, then Debian's paths */
export function findChromium() {
  return candidates().find((path) => existsSync(path));
}

/** @returns {string} the path of Chromium, installed from Debian first when it is missing and that is possible */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log("Chromium not found: installing Debian's chromium package (about 30 s)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'The browser tests need Chromium and none was found.\n' +
      '  On Debian or Ubuntu: sudo apt-get install -y chromium\n' +
      '  Elsewhere: install Chromium or Chrome and set CHROME_PATH=/path/to/chrome\n' +
      '  (do not run "playwright install": the tests use playwright-core with a system browser).'
  );
}

/**
 * The launch options for Chromium with the flags above and a scratch TMPDIR, and the function that
 * removes that TMPDIR (call it once the browser has closed, or when the launch failed).
 * @param {import('playwright-core').LaunchOptions} options more launch options; `args` are added to the flags
 */
function launchOptions(options) {
  const tmp = mkdtempSync(join(tmpdir(), 'csto-chromium-'));
  return {
    options: {
      headless: true,
      ...options,
      executablePath: ensureChromium(),
      args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
      env: { ...process.env, ...options.env, TMPDIR: tmp },
    },
    removeTmp: () => rmSync(tmp, { recursive: true, force: true }),
  };
}

/**
 * Headless Chromium through playwright-core, with the flags above and a scratch TMPDIR that is
 * removed when the browser closes (or crashes).
 * @param {import('playwright-core').LaunchOptions} [options] more launch options; `args` are added to the flags
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium(options = {}) {
  const launch = launchOptions(options);
  try {
    const browser = await chromium.launch(launch.options);
    browser.on('disconnected', launch.removeTmp);
    scratchOf.set(browser, launch.options.env.TMPDIR);
    return browser;
  } catch (error) {
    launch.removeTmp();
    throw error;
  }
}

/**
 * CPU seconds that Chromium's processes have used and that no parent will count. When Chromium
 * exits it does not wait for its zygotes, so they and the renderers they reaped are left to init,
 * and GNU time (or any wait4) on the process that started the browser never sees their CPU: a
 * browser that used 11.9 CPU seconds showed 4.1 in its parent's total. Read from /proc before the
 * browser closes: every zygote's own time, its reaped children's, and its live descendants'.
 * Linux only; 0 elsewhere.
 * @param {number | undefined} pid the browser's main process
 */
export function uncountedCpu(pid) {
  /** @type {Map<number, { ppid: number, seconds: number, zygote: boolean }>} */
  const procs = new Map();
  if (!existsSync('/proc')) return 0;
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime, stime, cutime, cstime, in clock ticks (USER_HZ, 100 on Linux)
      const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
      const zygote = readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('--type=zygote');
      procs.set(Number(name), { ppid: Number(fields[1]), seconds: ticks / 100, zygote });
    } catch {
      // gone since /proc was listed
    }
  }
  /** @param {number} root @returns {number} */
  const subtree = (root) =>
    [...procs].reduce(
      (sum, [child, { ppid }]) => (ppid === root ? sum + subtree(child) : sum),
      procs.get(root)?.seconds ?? 0
    );
  return [...procs]
    .filter(([, p]) => p.ppid === pid && p.zygote)
    .reduce((sum, [zygote]) => sum + subtree(zygote), 0);
}

/** @type {WeakMap<import('playwright-core').Browser, string>} each launched browser's scratch TMPDIR */
const scratchOf = new WeakMap();

/**
 * The main process of a browser from launchChromium: the one process with its scratch TMPDIR in
 * its environment that is not one of its helpers (--type=…).
 * @param {import('playwright-core').Browser} browser
 */
function mainProcessOf(browser) {
  const tmp = scratchOf.get(browser);
  if (!tmp || !existsSync('/proc')) return undefined;
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const environ = readFileSync(`/proc/${name}/environ`, 'utf8').split('\0');
      if (!environ.includes(`TMPDIR=${tmp}`)) continue;
      if (!readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('--type=')) return Number(name);
    } catch {
      // gone, or not ours to read
    }
  }
  return undefined;
}

/**
 * Call before closing a browser from launchChromium: adds what `uncountedCpu` finds to the file
 * TEST_CPU_UNCOUNTED names, if any, for `npm test` (scripts/test.mjs) to add to the step's CPU.
 * @param {import('playwright-core').Browser} browser
 */
export function reportUncountedCpu(browser) {
  const file = process.env.TEST_CPU_UNCOUNTED;
  if (file) appendFileSync(file, `${uncountedCpu(mainProcessOf(browser)).toFixed(2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
