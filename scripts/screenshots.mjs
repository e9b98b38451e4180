#!/usr/bin/env node
/**
 * Screenshots of built pages at phone and desktop widths, light and dark, for reviewing a change
 * by eye: `npm run screenshots -- /states/armenia/ /timeline/` (default: a few key pages).
 * Writes PNGs to .tmp/screenshots/. Needs a build (npm run build) and Chromium.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

if (process.argv.includes('--help')) {
  console.log(
    'Usage: npm run screenshots -- [/path/ …] [--full]   (default: a few key pages; --full: whole pages)'
  );
  console.log(
    'Writes PNGs at phone and desktop widths, light and dark, to .tmp/screenshots/. Needs a build.'
  );
  process.exit(0);
}
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const targets = paths.length ? paths : ['/', '/states/armenia/', '/timeline/', '/disagreements/'];
const full = process.argv.includes('--full');
const out = '.tmp/screenshots';
mkdirSync(out, { recursive: true });

const server = await startServer({ dir: process.env.SITE_DIR ?? 'dist', port: 0 });
const browser = await launchChromium();
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 860 } };
for (const path of targets) {
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'networkidle' });
      const name = `${out}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${size}-${colorScheme}.png`;
      await page.screenshot({ path: name, fullPage: full });
      console.log(name);
      await context.close();
    }
  }
}
await browser.close();
await server.close();
