import { describe, expect, it } from 'vitest';
import { pageGraph, serializeLd, type LdInput } from '../../src/lib/site/json-ld';
import { datesOf, parseGitLog } from '../../src/build/content-dates';
import { feedItems, startOf } from '../../src/lib/site/feed';
import { cardAlt, cardHash } from '../../src/build/og-card';
import {
  citationKey,
  cslRecord,
  toRis,
  withBibtexLanguage,
} from '../../src/lib/cite-this-page/csl-record';
import { isLocalOrigin, publicAddress } from '../../src/lib/site/public-url';

// Plain objects shaped like the content collections' entries.
const entry = <T>(id: string, data: T, body = '') => ({ id, data, body, collection: 'x' }) as never;
const armenia = entry('armenia', {
  name: 'Armenia',
  aliases: ['Yerevan'],
  status: 'frozen',
  statusSources: ['caliber:1'],
  membership: [{ from: '1992', status: 'member', sources: ['forbes:4'] }],
});
const summit = entry('oct-2022', {
  title: 'A summit',
  date: '2022-10',
  summary: 'It met.',
  kind: 'diplomacy',
  countries: ['armenia'],
  people: [],
  sources: ['eurasia-review:12-13'],
});
const sources = ['forbes', 'filenews', 'caliber', 'eurasia-review'].map((id) =>
  entry(id, {
    short: id,
    headline: `About ${id}`,
    author: null,
    outlet: id,
    date: '2022-10',
    inferred: [],
    kind: id === 'filenews' ? 'reprint' : 'news',
    ...(id === 'filenews' ? { reprintOf: 'forbes' } : {}),
  })
) as LdInput['sources'];
const byId = (id: string) => sources.find((s) => s.id === id)!;
/** A page's JSON-LD input as HeadMeta gives it, from a route's data. */
const ld = (
  path: string,
  title: string,
  subject: LdInput['route']['subject'],
  crumbs: { name: string; path: string }[],
  cited: string[]
): LdInput => ({
  route: {
    title,
    description: 'A page.',
    kind: 'Page',
    subject,
    crumbs,
    dates: { published: '2026-11-01', modified: '2026-11-23' },
  },
  site: { name: 'Site', language: 'en' },
  url: `https://example.org${path}`,
  image: 'https://example.org/og/x.png',
  absolute: (p) => `https://example.org${p}`,
  cited: cited.map(byId),
  sources,
  states: [armenia],
  people: [],
  glossary: [],
});
const HOME = { name: 'Home', path: '/' };

describe('pageGraph', () => {
  it('cites exactly the sources given, a reprint based on the article it reprints', () => {
    const graph = pageGraph(
      ld('/', 'Home', { type: 'page', page: entry('index', {}) }, [], ['forbes', 'filenews'])
    );
    const article = (graph['@graph'] as { '@type': string; citation?: unknown }[]).find(
      (n) => n['@type'] === 'Article'
    );
    expect(article?.citation).toMatchObject([
      { '@id': 'https://example.org/sources/forbes/#article' },
      {
        '@id': 'https://example.org/sources/filenews/#article',
        isBasedOn: { '@id': 'https://example.org/sources/forbes/#article' },
      },
    ]);
  });

  it('gives an event its date exactly as precise as the content, and the page its citations', () => {
    const graph = JSON.parse(
      serializeLd(
        pageGraph(
          ld(
            '/timeline/oct-2022/',
            'A summit (October 2022)',
            { type: 'event', event: summit, countries: [], people: [] },
            [HOME, { name: 'Timeline', path: '/timeline/' }],
            ['eurasia-review']
          )
        )
      )
    );
    expect(graph['@context']).toBe('https://schema.org');
    const article = graph['@graph'].find((n: { '@type': string }) => n['@type'] === 'Article');
    expect(article).toMatchObject({
      headline: 'A summit (October 2022)',
      url: 'https://example.org/timeline/oct-2022/',
      datePublished: '2026-11-01',
      dateModified: '2026-11-23',
    });
    expect(article.about).toMatchObject({
      '@type': 'Event',
      name: 'A summit',
      startDate: '2022-10',
      location: [{ '@type': 'Country', name: 'Armenia' }],
    });
    expect(article.citation.map((c: { name: string }) => c.name)).toEqual(['About eurasia-review']);
    const crumbs = graph['@graph'].find(
      (n: { '@type': string }) => n['@type'] === 'BreadcrumbList'
    );
    expect(
      crumbs.itemListElement.map(
        (i: { name: string; position: number }) => `${i.position}:${i.name}`
      )
    ).toEqual(['1:Home', '2:Timeline', '3:A summit (October 2022)']);
  });

  it('presents a state as a Country and escapes "<" so no text can end the script element', () => {
    const input = ld(
      '/states/armenia/',
      'Armenia </script>',
      { type: 'state', state: armenia, events: [], leaders: [] },
      [HOME],
      []
    );
    const json = serializeLd(
      pageGraph({ ...input, route: { ...input.route, description: '<b>' } })
    );
    expect(json).not.toContain('<');
    const article = JSON.parse(json)['@graph'].find(
      (n: { '@type': string }) => n['@type'] === 'Article'
    );
    expect(article.about).toMatchObject({
      '@type': 'Country',
      name: 'Armenia',
      alternateName: ['Yerevan'],
    });
  });
});

describe('content dates from git', () => {
  const log =
    '\0' +
    '2026-11-23\n\ncontent/a.mdx\n' +
    '\0' +
    '2026-11-20\n\ncontent/a.mdx\ncontent/b/c.yaml\n';
  it('takes the first and the latest commit of each file, and of a folder', () => {
    const dates = parseGitLog(log);
    expect(dates.get('content/a.mdx')).toEqual({ published: '2026-11-20', modified: '2026-11-23' });
    expect(datesOf(['content/b'], dates, '2000-01-01')).toEqual({
      published: '2026-11-20',
      modified: '2026-11-20',
    });
    expect(datesOf(['content'], dates, '2000-01-01')).toEqual({
      published: '2026-11-20',
      modified: '2026-11-23',
    });
    expect(datesOf(['content/none.mdx'], dates, '2000-01-01')).toEqual({
      published: '2000-01-01',
      modified: '2000-01-01',
    });
  });
});

describe('feed items', () => {
  it('are newest first and dated at the start of a partial date', () => {
    const events = [
      { id: 'a', data: { date: '1992', title: 'A', summary: 'S.', kind: 'founding' } },
      { id: 'b', data: { date: '2022-10', title: 'B', summary: 'T.', kind: 'diplomacy' } },
    ];
    const items = feedItems(
      events,
      (id) => `https://x/${id}/`,
      (k) => k.toUpperCase()
    );
    expect(items.map((i) => i.link)).toEqual(['https://x/b/', 'https://x/a/']);
    expect(items[0]).toMatchObject({
      title: 'B (October 2022)',
      description: 'October 2022: T.',
      categories: ['DIPLOMACY'],
    });
    expect(startOf('2022-10').toISOString()).toBe('2022-10-01T00:00:00.000Z');
    expect(startOf('2022').toISOString()).toBe('2022-12-31T00:00:00.000Z');
  });
});

describe('preview cards and citation records', () => {
  it('hash what the card shows, so a changed title draws a new card', () => {
    const spec = { title: 'Armenia', kind: 'Profile', detail: 'Membership frozen', site: 'Site' };
    expect(cardHash(spec)).toMatch(/^[0-9a-f]{16}$/);
    expect(cardHash(spec)).toBe(cardHash({ ...spec }));
    expect(cardHash({ ...spec, title: 'Armenia!' })).not.toBe(cardHash(spec));
    expect(cardAlt(spec)).toBe('Profile · Membership frozen · Armenia · Site');
  });

  it('key a record by the page path and date it by its last change', () => {
    expect(citationKey('/states/armenia/')).toBe('csto_states_armenia');
    expect(citationKey('/')).toBe('csto_home');
    expect(
      cslRecord('/timeline/', {
        title: 'Timeline',
        publisher: 'Site',
        modified: '2026/11/23',
        language: 'en',
        url: 'https://x/timeline/',
        asOf: '23 July 2025',
      })
    ).toMatchObject({
      'citation-key': 'csto_timeline',
      type: 'webpage',
      issued: { 'date-parts': [[2026, 11, 23]] },
      note: 'As of 23 July 2025',
    });
  });

  it('write RIS one tag a line, never breaking a long value', () => {
    const title =
      'A title well over seventy characters long, so that a wrapping writer would break it';
    const ris = toRis(
      cslRecord('/x/', {
        title,
        publisher: 'Site',
        modified: '2026/11/23',
        language: 'en',
        url: 'https://x/x/',
      })
    );
    expect(ris.split('\r\n')).toEqual([
      'TY  - ELEC',
      `TI  - ${title}`,
      'T2  - Site',
      'PB  - Site',
      'PY  - 2026',
      'DA  - 2026/11/23/',
      'LA  - en',
      'UR  - https://x/x/',
      'ID  - csto_x',
      'ER  - ',
      '',
    ]);
  });

  it('name the language in BibTeX, for BibTeX styles and for biblatex', () => {
    const bib = '@misc{csto_ru,\n\ttitle = {Армения},\n\turl = {https://x/ru/},\n}\n';
    expect(withBibtexLanguage(bib, 'ru')).toBe(
      '@misc{csto_ru,\n\ttitle = {Армения},\n\turl = {https://x/ru/},\n\tlanguage = {russian},\n\tlangid = {russian},\n}\n'
    );
  });

  it('never give a local address as the public one', () => {
    expect(isLocalOrigin(new URL('http://127.0.0.1:4321'))).toBe(true);
    expect(publicAddress('/csto/states/', new URL('http://localhost:4321'))).toBeUndefined();
    expect(publicAddress('/csto/states/', new URL('https://example.org'))).toBe(
      'https://example.org/csto/states/'
    );
  });
});
