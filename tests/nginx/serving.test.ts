/**
 * What nginx with deploy/'s configuration sends, checked on real responses: the security headers
 * on every response (the Content-Security-Policy header being the pages' <meta> policy plus
 * frame-ancestors), a year's caching for hashed files and revalidation for the rest, the
 * precompressed brotli and gzip copies, the site's own 404 page, redirects and the sub-path;
 * and that the production build names its public origin, never 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { launch, type TestBrowser } from '../support/browser';
import { expectSecurityHeaders, httpGet } from '../support/http';
import { PRODUCTION_ORIGIN } from '../support/site';
import { pagePolicy } from '../../scripts/deploy-config.mjs';

const siteUrl = inject('siteUrl');
const subPathUrl = inject('subPathUrl');
const siteDir = inject('siteDir');

/** A GET of `path` below `base` (the production build's nginx unless given). */
const get = (path: string, headers: Record<string, string> = {}, base = siteUrl) =>
  httpGet(new URL(path.replace(/^\//, ''), base), headers);

const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).map((f) =>
  f.split('\\').join('/')
);
const one = (pattern: RegExp) => {
  const found = files.find((f) => pattern.test(f));
  if (!found) throw new Error(`no file matching ${pattern} in ${siteDir}`);
  return `/${found}`;
};
const astroScript = one(/^_astro\/.*\.js$/);
const fragment = one(/^pagefind\/fragment\/.*\.pf_fragment$/);
const indexChunk = one(/^pagefind\/index\/.*\.pf_index$/);
const meta = one(/^pagefind\/pagefind\..*\.pf_meta$/);
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

describe('every response carries the security headers', () => {
  const policy = pagePolicy(siteDir);
  const paths = [
    '/',
    '/states/armenia/',
    '/search/?q=%3Cscript%3E',
    astroScript,
    '/pagefind/pagefind.js',
    fragment,
    '/favicon.svg',
    '/robots.txt',
    '/sitemap-index.xml',
    '/no-such-page/',
    '/states/armenia',
    '/_headers',
    // The Russian edition's pages, its 404, its feed and its own search files.
    '/ru/states/armenia/',
    '/ru/no-such-page/',
    '/ru/timeline/feed.xml',
    '/ru/search/lexicon.json',
    '/pagefind/wasm.ru.pagefind',
  ];

  it.each(paths)('%s', async (path) => {
    expectSecurityHeaders((await get(path)).headers, policy, path);
  });

  it('the policy is the one every built page carries in its <meta> (pagePolicy fails otherwise)', () => {
    expect(policy).toMatch(/^default-src 'self';.*script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(readFileSync(join(siteDir, 'index.html'), 'utf8')).toContain(`content="${policy}"`);
  });
});

describe('nobody can frame the site', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a page that puts it in an <iframe> gets nothing, and Chromium says why', async () => {
    const { context, page } = await browser.open();
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    await page.setContent(`<iframe src="${siteUrl}" title="framed"></iframe>`);
    await page.waitForTimeout(500);
    const framed = page.frames().find((f) => f.url().startsWith(siteUrl));
    const h1 = framed ? await framed.locator('h1').count() : 0;
    expect(h1).toBe(0);
    expect(messages.join('\n')).toMatch(/frame-ancestors/);
    await context.close();
  });
});

describe('caching', () => {
  it.each([astroScript, fragment, indexChunk, meta])(
    '%s (content-hashed) is cached for a year, immutable',
    async (path) => {
      const { status, headers } = await get(path);
      expect(status).toBe(200);
      expect(headers['cache-control']).toBe(IMMUTABLE);
    }
  );

  it.each([
    '/',
    '/timeline/',
    '/404.html',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/wasm.en.pagefind',
    '/pagefind/wasm.ru.pagefind',
    '/ru/',
    '/ru/404.html',
    '/favicon.svg',
    '/robots.txt',
  ])('%s (name kept from build to build) is revalidated', async (path) => {
    const { status, headers } = await get(path);
    expect(status).toBe(200);
    expect(headers['cache-control']).toBe(REVALIDATE);
  });

  it('a revalidation of an unchanged page answers 304 without a body', async () => {
    const first = await get('/states/armenia/');
    expect(first.headers['etag']).toBeTruthy();
    const again = await get('/states/armenia/', { 'If-None-Match': String(first.headers['etag']) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe('compression: the precompressed copies, byte for byte', () => {
  const samples = [
    '/states/armenia/',
    astroScript,
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    '/sitemap-0.xml',
  ];
  const onDisk = (path: string) =>
    readFileSync(join(siteDir, path.endsWith('/') ? `${path}index.html` : path));

  it.each(samples)('%s comes as brotli, as gzip, or plain, as the browser asks', async (path) => {
    const original = onDisk(path);
    const br = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.body.length).toBeLessThan(original.length * (original.length > 1024 ? 0.5 : 0.9));
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    const gz = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original)).toBe(true);
    const plain = await get(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it("Pagefind's index chunks, compressed by Pagefind itself, are sent as they are", async () => {
    const reply = await get(fragment, { 'Accept-Encoding': 'gzip, br' });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.equals(readFileSync(join(siteDir, fragment)))).toBe(true);
  });

  it('pages are UTF-8 HTML and scripts JavaScript, as nosniff requires', async () => {
    expect((await get('/')).headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await get(astroScript)).headers['content-type']).toMatch(/^application\/javascript/);
    expect((await get('/pagefind/pagefind-worker.js')).headers['content-type']).toMatch(
      /^application\/javascript/
    );
  });
});

describe('addresses that are not pages', () => {
  it("an unknown address gets the site's own 404 page with a 404 status", async () => {
    for (const path of ['/no-such-page/', '/states/atlantis/', '/_astro/missing.js', '/_headers']) {
      const { status, headers, body } = await get(path);
      expect(status, path).toBe(404);
      expect(headers['content-type']).toBe('text/html; charset=utf-8');
      expect(body.toString()).toContain('<h1');
      expect(body.toString()).toContain('Page not found');
    }
  });

  it("an unknown address under /ru/ gets the Russian edition's 404 page, with its headers", async () => {
    for (const path of ['/ru/no-such-page/', '/ru/states/atlantis/']) {
      const { status, headers, body } = await get(path);
      expect(status, path).toBe(404);
      expect(headers['content-type']).toBe('text/html; charset=utf-8');
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(body.toString()).toContain('<html lang="ru"');
      // typograf ties "не" to the next word with a no-break space.
      expect(body.toString().replace(/\u00a0/g, ' ')).toContain('Страница не найдена');
    }
    const missing = await get('ru/no-such-page/', {}, subPathUrl);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('href="/csto/ru/"');
  });

  it('a shared search link with a 10,000-character query is answered, not refused (414)', async () => {
    const query = Array.from({ length: 2000 }, (_, i) => `w${i}x`)
      .join(' ')
      .slice(0, 10_000);
    expect((await get(`/search/?q=${encodeURIComponent(query)}`)).status).toBe(200);
    expect((await get(`/states/armenia/?highlight=${encodeURIComponent(query)}`)).status).toBe(200);
  });

  it('an address without its final slash is redirected, relatively, to the page', async () => {
    const { status, headers } = await get('/states/armenia');
    expect(status).toBe(301);
    expect(headers['location']).toBe('/states/armenia/');
  });

  it('under /csto/: pages, hashed files and the 404 page carry the sub-path', async () => {
    expect((await get('states/armenia/', {}, subPathUrl)).status).toBe(200);
    const page = (await get('', {}, subPathUrl)).body.toString();
    const script = /src="(\/csto\/_astro\/[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeTruthy();
    expect((await get(script!, {}, new URL(subPathUrl).origin)).headers['cache-control']).toBe(
      IMMUTABLE
    );
    const missing = await get('no-such-page/', {}, subPathUrl);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('href="/csto/"');
    expect(missing.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('the production build names its public origin', () => {
  it('no page, sitemap or robots.txt names 127.0.0.1 or localhost', () => {
    const text = files.filter((f) => /\.(html|xml|txt|json)$/.test(f));
    expect(text.length).toBeGreaterThan(60);
    const local = text.filter((f) =>
      /127\.0\.0\.1|localhost/.test(readFileSync(join(siteDir, f), 'utf8'))
    );
    expect(local).toEqual([]);
  });

  it('canonical, og:url, the sitemap, robots.txt and "Cite this" use SITE_URL', async () => {
    const page = (await get('/states/armenia/')).body.toString();
    expect(page).toContain(`<link rel="canonical" href="${PRODUCTION_ORIGIN}/states/armenia/"`);
    expect(page).toContain(`content="${PRODUCTION_ORIGIN}/states/armenia/"`);
    expect(page).toMatch(
      new RegExp(`data-cite-text>[^<]*${PRODUCTION_ORIGIN.replace(/\./g, '\\.')}/states/armenia/`)
    );
    expect((await get('/robots.txt')).body.toString()).toContain(
      `Sitemap: ${PRODUCTION_ORIGIN}/sitemap-index.xml`
    );
    expect((await get('/sitemap-0.xml')).body.toString()).toContain(
      `<loc>${PRODUCTION_ORIGIN}/states/armenia/</loc>`
    );
  });
});
