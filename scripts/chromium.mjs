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
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
    return browser;
  } catch (error) {
    launch.removeTmp();
    throw error;
  }
}

/**
 * The same Chromium as a server that several processes drive at once (`chromium.connect` to its
 * `wsEndpoint()`), as the browser tests' files do: one browser for them all.
 * @param {import('playwright-core').LaunchOptions} [options] more launch options; `args` are added to the flags
 * @returns {Promise<import('playwright-core').BrowserServer>}
 */
export async function launchChromiumServer(options = {}) {
  const launch = launchOptions(options);
  try {
    const server = await chromium.launchServer(launch.options);
    server.process().once('exit', launch.removeTmp);
    return server;
  } catch (error) {
    launch.removeTmp();
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
