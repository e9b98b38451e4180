/**
 * What other programs and readers take away from a page: preview cards, citation metadata and
 * downloads, structured data, the feed, "Cite this", the event pager and linkable headings.
 * Against the built site, in Chromium and with real parsers.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import citationJs from '@citation-js/core';
import '@citation-js/plugin-ris';
import { url, useBrowser, PHONE, DESKTOP } from '../support/browser';
import { builtPageFiles } from '../../src/build/built-pages';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Every meta name (or property) of a page with its values, in order, read by an HTML parser. */
function readMeta(html: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  visit(fromHtml(html), 'element', (node) => {
    if (node.tagName !== 'meta') return;
    const name = node.properties.name ?? node.properties.property;
    if (name === undefined || node.properties.content === undefined) return;
    found.set(String(name), [...(found.get(String(name)) ?? []), String(node.properties.content)]);
  });
  return found;
}

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const subPathUrl = inject('subPathUrl');
const pages = builtPageFiles(siteDir).map(({ file, path }) => ({
  path,
  html: readFileSync(file, 'utf8'),
}));
const contentPages = pages.filter((p) => p.html.includes('class="cite-this"'));
const events = pages.filter((p) => /^\/timeline\/[a-z0-9-]+\/$/.test(p.path));
/** The Russian edition's prefix of a page ('/ru' or ''), and its home page. */
const editionOf = (path: string) => (path.startsWith('/ru/') ? '/ru' : '');
/** An absolute URL the build wrote (its origin is SITE_URL's), fetched from the test server instead. */
const served = (url: string, base = siteUrl) => new URL(new URL(url).pathname.slice(1), base).href;
const SHOTS = '.tmp/screenshots';
const browser = useBrowser();

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jsonLd(html: string) {
  const match = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html);
  expect(match, 'a JSON-LD script').not.toBeNull();
  return JSON.parse(match![1]!) as { '@context': string; '@graph': Record<string, unknown>[] };
}

describe('link previews', () => {
  it('every page names a 1200×630 PNG preview card that exists at that size, with alt text', async () => {
    expect(pages.length).toBeGreaterThan(60);
    for (const { path, html } of pages) {
      const meta = readMeta(html);
      const image = meta.get('og:image')?.[0];
      expect(image, path).toMatch(/\/og\/[0-9a-f]{16}\.png$/);
      expect(meta.get('twitter:card')).toEqual(['summary_large_image']);
      expect(meta.get('og:image:alt')?.[0]?.length, path).toBeGreaterThan(10);
      const response = await fetch(served(image!));
      expect(response.status, path).toBe(200);
      const size = pngSize(new Uint8Array(await response.arrayBuffer()));
      expect(size, path).toEqual({
        width: Number(meta.get('og:image:width')?.[0]),
        height: Number(meta.get('og:image:height')?.[0]),
      });
      expect(size).toEqual({ width: 1200, height: 630 });
    }
  });

  it('the sub-path build links its cards under /csto/', async () => {
    const html = await (await fetch(new URL('states/armenia/', subPathUrl))).text();
    const image = readMeta(html).get('og:image')?.[0] ?? '';
    expect(new URL(image).pathname).toMatch(/^\/csto\/og\/[0-9a-f]{16}\.png$/);
    expect((await fetch(served(image, new URL(subPathUrl).origin))).status).toBe(200);
  });
});

describe('citation metadata', () => {
  it('every page carries the citation_* tags reference managers read', () => {
    for (const { path, html } of pages) {
      const meta = readMeta(html);
      for (const name of [
        'citation_title',
        'citation_publisher',
        'citation_publication_date',
        'citation_online_date',
        'citation_language',
        'citation_public_url',
      ]) {
        expect(meta.get(name)?.[0], `${path} ${name}`).toBeTruthy();
      }
      expect(meta.get('citation_publication_date')![0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    }
  });

  it('every content page, the 37 events included, offers BibTeX and RIS that parse and name the page', async () => {
    expect(contentPages.length).toBe(pages.length - 4); // all but the 404 and search pages, in each edition
    expect(events.every((e) => contentPages.includes(e))).toBe(true);
    expect(events.length).toBeGreaterThanOrEqual(37);
    // All fetched first, then parsed: parsing takes seconds on a loaded machine, and a keep-alive
    // connection idle that long can be closed by the server just as the next request goes out
    // ("fetch failed: other side closed", twice at load average 30 on the same page).
    const text = async (path: string) => (await fetch(url(path))).text();
    const files = new Map<string, { bib: string; ris: string }>();
    for (const { path } of contentPages)
      files.set(path, { bib: await text(`${path}cite.bib`), ris: await text(`${path}cite.ris`) });
    for (const { path, html } of contentPages) {
      const meta = readMeta(html);
      const title = meta.get('citation_title')![0]!;
      const { bib, ris } = files.get(path)!;
      const parsed = parseBibtex(bib);
      expect(parsed.errors, path).toEqual([]);
      expect(parsed.entries).toHaveLength(1);
      expect(parsed.entries[0]!.fields.title, path).toBe(title);
      expect(parsed.entries[0]!.fields.url).toBe(meta.get('citation_public_url')![0]);
      const record = new citationJs.Cite(ris).data[0] as {
        title: string;
        URL: string;
        publisher: string;
        note: string;
      };
      // citation-js reads RIS's no-break spaces (typograf's, in Russian titles) as spaces.
      expect(record.title, path).toBe(title.replace(/\u00a0/g, ' '));
      expect(record.URL).toBe(meta.get('citation_public_url')![0]);
      // The date Zotero reads from the page is the date of the downloads: the version cited.
      expect(ris, path).toContain(`DA  - ${meta.get('citation_publication_date')![0]}/\r\n`);
      expect(record.note).toMatch(
        editionOf(path)
          ? /^По состоянию на \d{1,2} [а-я]+ \d{4} года$/
          : /^As of \d{1,2} [A-Z][a-z]+ \d{4}$/
      );
      // Each names its language: BibTeX's language (and biblatex's langid), RIS's LA.
      const lang = editionOf(path) ? 'ru' : 'en';
      expect(parsed.entries[0]!.fields.language, path).toBe(lang === 'ru' ? 'russian' : 'english');
      expect(ris, path).toContain(`LA  - ${lang}\r\n`);
    }
  });
});

describe('structured data', () => {
  it('every page has JSON-LD that parses, with the site, the page as an Article and its breadcrumbs', () => {
    for (const { path, html } of pages) {
      const graph = jsonLd(html);
      expect(graph['@context']).toBe('https://schema.org');
      const types = graph['@graph'].map((n) => n['@type']);
      expect(types, path).toContain('WebSite');
      const article = graph['@graph'].find((n) => n['@type'] === 'Article')!;
      for (const key of [
        'headline',
        'url',
        'datePublished',
        'dateModified',
        'image',
        'inLanguage',
        'publisher',
        'isPartOf',
      ])
        expect(article[key], `${path} ${key}`).toBeTruthy();
      expect(article.url).toBe(readMeta(html).get('og:url')?.[0]);
      expect(article.headline).toBe(readMeta(html).get('og:title')?.[0]);
      if (path !== '/' && path !== '/ru/') expect(types, path).toContain('BreadcrumbList');
    }
  });

  it('an event page describes an Event dated exactly as the page dates it, citing its sources', () => {
    for (const { path, html } of events) {
      const article = jsonLd(html)['@graph'].find((n) => n['@type'] === 'Article') as {
        about: { '@type': string; startDate: string; name: string };
        citation: unknown[];
      };
      const shown = /<time datetime="([^"]+)"/.exec(html)![1];
      expect(article.about['@type'], path).toBe('Event');
      expect(article.about.startDate, path).toBe(shown);
      expect(article.citation.length, path).toBeGreaterThan(0);
    }
  });

  it('states are Countries, people Persons and the glossary a set of defined terms', () => {
    const about = (path: string) =>
      (
        jsonLd(pages.find((p) => p.path === path)!.html)['@graph'].find(
          (n) => n['@type'] === 'Article'
        ) as { about: unknown }
      ).about;
    expect(about('/states/armenia/')).toMatchObject({ '@type': 'Country', name: 'Armenia' });
    expect((about('/people/') as { '@type': string }[]).every((p) => p['@type'] === 'Person')).toBe(
      true
    );
    expect(about('/glossary/')).toMatchObject({ '@type': 'DefinedTermSet' });
    expect(about('/sources/forbes/')).toMatchObject({
      headline: "Russia's Military Alliance Is Slowly Unraveling",
      datePublished: '2025-07-18',
    });
  });
});

describe('the timeline feed', () => {
  it.each(['', '/ru'])(
    '%s/timeline/feed.xml is valid RSS with every event, newest first, linked from every page of its edition and from its timeline',
    async (edition) => {
      const { context, page } = await browser.open(DESKTOP);
      const xml = await (await fetch(url(`${edition}/timeline/feed.xml`))).text();
      // Chromium's own XML parser: a malformed feed yields a <parsererror> document.
      const feed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        const text = (el: Element, tag: string) =>
          el.getElementsByTagName(tag)[0]?.textContent ?? '';
        return {
          error: doc.getElementsByTagName('parsererror').length > 0,
          root: doc.documentElement.nodeName,
          version: doc.documentElement.getAttribute('version'),
          channel: ['title', 'link', 'description'].map((tag) =>
            text(doc.getElementsByTagName('channel')[0]!, tag)
          ),
          items: [...doc.getElementsByTagName('item')].map((item) => ({
            title: text(item, 'title'),
            link: text(item, 'link'),
            pubDate: text(item, 'pubDate'),
          })),
        };
      }, xml);
      await context.close();
      expect(feed.error).toBe(false);
      expect(feed.root).toBe('rss');
      expect(feed.version).toBe('2.0');
      expect(feed.channel.every((value) => value.length > 0)).toBe(true); // RSS 2.0's required channel elements
      const items = feed.items;
      expect(items).toHaveLength(events.length);
      expect(xml).toContain(`<language>${edition ? 'ru' : 'en'}</language>`);
      const times = items.map((i) => Date.parse(i.pubDate));
      expect(times.every((t) => !Number.isNaN(t))).toBe(true);
      expect(times).toEqual([...times].sort((a, b) => b - a));
      for (const item of items)
        expect(
          events.some((e) => `${edition}${e.path}` === new URL(item.link).pathname),
          item.link
        ).toBe(true);
      for (const { path, html } of pages.filter((p) => editionOf(p.path) === edition))
        expect(html, path).toContain(`<link rel="alternate" type="application/rss+xml" title="`);
      for (const { path, html } of pages.filter((p) => editionOf(p.path) === edition))
        expect(html, path).toMatch(
          new RegExp(
            `type="application/rss\\+xml" title="[^"]+" href="${edition}/timeline/feed\\.xml"`
          )
        );
      expect(pages.find((p) => p.path === `${edition}/timeline/`)!.html).toContain(
        `<a href="${edition}/timeline/feed.xml"`
      );
    }
  );
});

describe('Cite this', () => {
  const eventPath = '/timeline/kazakhstan-intervention-2022/';

  it('gives "n.d." as the date, the "as of" date after the title, today as the date of access, and closes on Escape', async () => {
    const { context, page } = await browser.open(DESKTOP);
    await page.goto(url(eventPath));
    const box = page.locator('details.cite-this');
    await box.locator('summary').click();
    // The box's code loads when it first opens (src/client/article-tools.ts): the date of access
    // replaces "[date of access]" then.
    await expect
      .poll(() => box.locator('[data-cite-text]').innerText())
      .not.toContain('[date of access]');
    const text = await box.locator('[data-cite-text]').innerText();
    // No publication date: "n.d." in the date's place, and how current the page is after its title.
    expect(text).toMatch(
      /^The CSTO in Question\. \(n\.d\.\)\. .+ \[as of \d{1,2} [A-Z][a-z]+ \d{4}\]\. Retrieved /
    );
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getDate()} ${d.toLocaleString('en-GB', { month: 'long' })} ${d.getFullYear()}`;
    });
    expect(text).toContain(`Retrieved ${today}`);
    await box.locator('[data-cite-copy]').focus();
    await page.keyboard.press('Escape');
    expect(await box.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await context.close();
  });

  it('without JavaScript shows no local address, and offers the downloads', async () => {
    const { context, page } = await browser.open({ ...DESKTOP, javaScriptEnabled: false });
    await page.goto(url(eventPath));
    const box = page.locator('details.cite-this');
    await box.locator('summary').click();
    const text = await box.locator('[data-cite-text]').innerText();
    expect(text).toMatch(/\[as of \d{1,2} [A-Z][a-z]+ \d{4}\]/);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(await box.getByRole('link', { name: 'BibTeX' }).getAttribute('href')).toBe(
      `${eventPath}cite.bib`
    );
    expect(await box.getByRole('link', { name: 'RIS' }).getAttribute('href')).toBe(
      `${eventPath}cite.ris`
    );
    await context.close();
  });
});

describe('the event pager', () => {
  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('shows three separate links on a %s', async (name, options) => {
    const { context, page } = await browser.open(options);
    await page.goto(url('/timeline/kazakhstan-intervention-2022/'));
    const pager = page.getByRole('navigation', { name: 'Neighbouring events' });
    const links = pager.getByRole('link');
    expect(await links.count()).toBe(3);
    // Each has a name of its own (the arrows are hidden from screen readers).
    expect(
      await pager
        .getByRole('link', {
          name: /^Previous A Putin award for Rahmon after earlier deadly border clashes$/,
        })
        .count()
    ).toBe(1);
    expect(
      await pager.getByRole('link', { name: /^Timeline This event on the timeline$/ }).count()
    ).toBe(1);
    expect(
      await pager
        .getByRole('link', { name: /^Next Russia's full-scale invasion of Ukraine$/ })
        .count()
    ).toBe(1);
    const boxes = await Promise.all((await links.all()).map(async (l) => (await l.boundingBox())!));
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart, `links ${i} and ${j} overlap`).toBe(true);
      }
    }
    const tops = new Set(boxes.map((b) => Math.round(b.y)));
    expect(tops.size).toBe(name === 'phone' ? 3 : 1); // stacked on a phone, one row on a desktop
    await pager.screenshot({ path: `${SHOTS}/pager-${name}.png` });
    await context.close();
  });
});

describe('linkable headings', () => {
  it('every content heading has an id', () => {
    const missing: string[] = [];
    for (const { path, html } of pages) {
      const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
      for (const [tag] of article.matchAll(/<h[2-6](?:\s[^>]*)?>/g))
        if (!/\sid="/.test(tag)) missing.push(`${path}: ${tag}`);
    }
    expect(missing).toEqual([]);
  });
});
