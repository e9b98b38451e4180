/**
 * Every page and every file as nginx serves them, with deploy/'s configuration: what a server can
 * change. Every page of both editions is fetched with plain HTTP (no browser: what nginx decides
 * is in the response) and must answer 200 with the page's own bytes, as UTF-8 HTML, revalidated,
 * with the security headers; every other file of the build must answer 200 with its bytes, the
 * security headers and, for the types `nosniff` enforces (scripts, stylesheets) and the site's
 * other text types, the right Content-Type. So nothing a page can fetch is missing, refused or
 * mistyped on this server.
 *
 * In Chromium, under nginx's headers: one page per template in each edition loads cleanly (no
 * console error, no failed or off-site request, which is where a header the browser rejects shows)
 * and passes axe. What only the page's bytes decide (every page's axe, dark theme, phone width, no
 * JavaScript, byte budgets) runs once, against the Node server (tests/browser/every-page*.test.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { axeViolations, useBrowser, visit } from '../support/browser';
import { expectSecurityHeaders, httpGet } from '../support/http';
import { builtPages, TEMPLATE_SAMPLES } from '../support/site';
import { pagePolicy } from '../../scripts/deploy-config.mjs';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const policy = pagePolicy(siteDir);
const pages = builtPages(siteDir);
const get = (path: string) => httpGet(new URL(path.replace(/^\//, ''), siteUrl));
const REVALIDATE = 'public, max-age=0, must-revalidate';

/** The Content-Type nginx must give each kind of file a page fetches or a reader downloads. */
const TYPES: Record<string, RegExp> = {
  html: /^text\/html; charset=utf-8$/,
  js: /^application\/javascript/,
  css: /^text\/css/,
  svg: /^image\/svg\+xml/,
  png: /^image\/png$/,
  json: /^application\/json/,
  xml: /^(?:application|text)\/(?:[a-z+]*)?xml/,
  txt: /^text\/plain/,
  bib: /^application\/x-bibtex/,
  ris: /^application\/x-research-info-systems/,
};

describe('every page, over plain HTTP', () => {
  it.each(pages)(
    '%s answers 200 with its bytes, as UTF-8 HTML, revalidated, with the security headers',
    async (path) => {
      const { status, headers, body } = await get(path);
      expect(status).toBe(200);
      expectSecurityHeaders(headers, policy, path);
      expect(headers['content-type']).toMatch(TYPES.html!);
      expect(headers['cache-control']).toBe(REVALIDATE);
      const file = join(siteDir, path.endsWith('/') ? `${path}index.html` : path);
      expect(body.equals(readFileSync(file)), 'the page as built').toBe(true);
    }
  );
});

describe('every other file of the build, over plain HTTP', () => {
  // The precompressed copies are nginx's to choose (serving.test.ts); _headers is not served.
  const files = readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((f) => !/\.(?:br|gz|html)$/.test(f) && f !== '_headers');

  it(`answers 200 with its bytes, its type and the security headers`, async () => {
    const problems: string[] = [];
    for (const file of files) {
      const { status, headers, body } = await get(`/${file}`);
      const type = TYPES[file.split('.').at(-1)!];
      if (status !== 200) problems.push(`${file}: HTTP ${status}`);
      else if (!body.equals(readFileSync(join(siteDir, file))))
        problems.push(`${file}: other bytes`);
      if (type && !type.test(String(headers['content-type'])))
        problems.push(`${file}: Content-Type ${headers['content-type']}`);
      // Every file's headers, each fault listed (not only the first, which would throw).
      try {
        expectSecurityHeaders(headers, policy, file);
      } catch (fault) {
        // The message names the file (expectSecurityHeaders' `what`).
        problems.push((fault as Error).message.split('\n')[0] ?? file);
      }
    }
    expect(problems).toEqual([]);
    expect(files.length).toBeGreaterThan(500);
  });
});

describe.concurrent('in Chromium, one page per template in each edition', () => {
  const browser = useBrowser();
  it.each(TEMPLATE_SAMPLES)(
    '%s loads cleanly with the server’s headers in force and passes axe',
    async (path) => {
      const { context, page, problems } = await visit(browser, path);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    }
  );
});
