/**
 * The data layer (src/data/site-data.ts, translations.ts, content-checks.ts, route-data.ts) over
 * small in-memory collections: `astro:content` is mocked, and `render()` compiles each entry's
 * body through Astro's MDX pipeline with the project's remark plugins, as the build does, so each
 * outline is the real one. Each test loads a fresh copy of the modules (loadSiteData memoises).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compileMdx } from '../support/mdx';
import { remarkHeadingIds } from '../../src/markdown/remark-heading-ids';
import { remarkRussianTypography } from '../../src/markdown/remark-russian-typography';
import { remarkPageOutline } from '../../src/markdown/remark-page-outline';

type Entry = {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
};
const store = vi.hoisted(() => ({ collections: {} as Record<string, Entry[]> }));

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => structuredClone(store.collections[name] ?? []),
  render: async (entry: Entry) => ({
    remarkPluginFrontmatter: (
      await compileMdx(entry.body ?? '', {
        path: entry.filePath,
        remarkPlugins: [remarkHeadingIds, remarkRussianTypography, remarkPageOutline],
      })
    ).frontmatter,
  }),
}));
vi.mock('virtual:csto/content-dates', () => ({
  default: { files: {}, buildDay: '2026-12-07' },
}));

const mdx = (
  collection: string,
  id: string,
  data: Record<string, unknown>,
  body: string,
  ru = false
) => ({
  id,
  collection,
  data,
  body,
  filePath: `content/${ru ? 'ru/' : ''}${collection.replace(/^ru/, '').toLowerCase()}/${id}.mdx`,
});
const item = (collection: string, data: { id: string } & Record<string, unknown>) => ({
  id: data.id,
  collection,
  data,
});

/** A complete little site: one page, one state, one source, event, person and term, and its Russian twin. */
function world(): Record<string, Entry[]> {
  const gist = (n: number) => ({ n, line: n + 2, gist: `What paragraph ${n} says.` });
  return {
    pages: [
      mdx(
        'pages',
        'index',
        {
          title: 'The CSTO in question',
          description: 'What the alliance is and why it is weakening, in brief.',
          order: 0,
          kind: 'overview',
        },
        '<h2 id="what">What it is</h2>\n\nA treaty of 1992 <Cite s="forbes:1" />. Armenia froze its part <Cite s="filenews:2 forbes:3" />.\n'
      ),
    ],
    states: [
      mdx(
        'states',
        'armenia',
        {
          name: 'Armenia',
          aliases: [],
          status: 'member',
          statusNote: 'A member.',
          statusSources: ['forbes:2'],
          membership: [{ from: '1992', status: 'member', sources: ['forbes:2'] }],
          leaders: ['pashinyan'],
          summary: 'A founding member.',
        },
        '<h2 id="grievances">Grievances</h2>\n\nNo help came <Cite s="forbes:3" />.\n'
      ),
    ],
    sources: [
      mdx(
        'sources',
        'forbes',
        {
          file: '001_aaaa.txt',
          short: 'Forbes',
          outlet: 'Forbes',
          author: 'A. Writer',
          headline: 'The alliance',
          date: '2024-06-01',
          inferred: [],
          kind: 'analysis',
          paragraphs: [gist(1), gist(2), gist(3)],
          unnumbered: [],
        },
        'Forbes published it <Cite s="forbes:1" />.\n'
      ),
      mdx(
        'sources',
        'filenews',
        {
          file: '002_bbbb.txt',
          short: 'Filenews',
          outlet: 'Filenews',
          author: 'A. Writer',
          headline: 'The alliance',
          date: '2024-06-02',
          inferred: [],
          kind: 'reprint',
          reprintOf: 'forbes',
          paragraphs: [gist(1), gist(2)],
          unnumbered: [],
        },
        'Filenews reprinted it <Cite s="filenews:1" />.\n'
      ),
    ],
    events: [
      item('events', {
        id: 'cst-1992',
        date: '1992-05-15',
        title: 'The treaty is signed',
        kind: 'founding',
        countries: ['armenia'],
        people: ['pashinyan'],
        summary: 'Six states sign.',
        sources: ['forbes:1'],
      }),
    ],
    people: [
      item('people', {
        id: 'pashinyan',
        name: 'Nikol Pashinyan',
        aliases: [],
        role: 'Prime minister of Armenia',
        country: 'armenia',
        kind: 'leader',
        summary: 'Froze the membership.',
        sources: ['forbes:2'],
      }),
    ],
    glossary: [
      item('glossary', {
        id: 'csto',
        term: 'CSTO',
        aliases: [],
        definition: 'The alliance.',
        sources: ['forbes:1'],
      }),
    ],
    searchNames: [],
    ruNames: [
      ['state', 'armenia', 'Армения'],
      ['person', 'pashinyan', 'Никол Пашинян'],
      ['term', 'csto', 'ОДКБ'],
      ['source', 'forbes', 'Forbes'],
      ['source', 'filenews', 'Filenews'],
    ].map(([kind, target, name]) => ({
      id: `${kind}/${target}`,
      collection: 'ruNames',
      data: { kind, target, name, forms: [], aliases: [] },
    })),
    ruPages: [
      mdx(
        'ruPages',
        'index',
        { title: 'ОДКБ под вопросом', description: 'Что такое союз и почему он слабеет, коротко.' },
        '<h2 id="what">Что это</h2>\n\nДоговор 1992 года <Cite s="forbes:1" />. Армения заморозила участие <Cite s="filenews:2 forbes:3" />.\n',
        true
      ),
    ],
    ruStates: [
      mdx(
        'ruStates',
        'armenia',
        { statusNote: 'Член.', summary: 'Член-основатель.', membershipNotes: [''] },
        '<h2 id="grievances">Обиды</h2>\n\nПомощь не пришла <Cite s="forbes:3" />.\n',
        true
      ),
    ],
    ruSources: [
      mdx(
        'ruSources',
        'forbes',
        { paragraphs: [1, 2, 3].map((n) => ({ n, gist: `О чём абзац ${n}.` })), unnumbered: [] },
        'Forbes опубликовал её <Cite s="forbes:1" />.\n',
        true
      ),
      mdx(
        'ruSources',
        'filenews',
        { paragraphs: [1, 2].map((n) => ({ n, gist: `О чём абзац ${n}.` })), unnumbered: [] },
        'Filenews перепечатал её <Cite s="filenews:1" />.\n',
        true
      ),
    ],
    ruEvents: [
      item('ruEvents', { id: 'cst-1992', title: 'Договор подписан', summary: 'Шесть государств.' }),
    ],
    ruPeople: [
      item('ruPeople', { id: 'pashinyan', role: 'Премьер-министр', summary: 'Заморозил участие.' }),
    ],
    ruGlossary: [item('ruGlossary', { id: 'csto', definition: 'Союз.' })],
  };
}

const load = async () => (await import('../../src/data/site-data')).loadSiteData;
/** The error loadSiteData(lang) fails with; the test fails if it loads. */
async function failure(lang: 'en' | 'ru' = 'en'): Promise<{ message: string; hint: string }> {
  const loadSiteData = await load();
  try {
    await loadSiteData(lang);
  } catch (error) {
    return error as { message: string; hint: string };
  }
  throw new Error(`loadSiteData('${lang}') loaded without a problem`);
}
const entry = (name: string, id: string) => store.collections[name]!.find((e) => e.id === id)!;

beforeEach(() => {
  vi.resetModules();
  store.collections = world();
});

describe('loadSiteData', () => {
  it('builds what pages need: sorted lists, lookups by id, and each MDX entry’s outline', async () => {
    const data = await (await load())('en');
    expect(data.lang).toBe('en');
    expect(data.sources.map((s) => s.id)).toEqual(['forbes', 'filenews']); // by file name
    expect(data.byId.person('pashinyan').data.name).toBe('Nikol Pashinyan');
    expect(data.byId.source('filenews').data.reprintOf).toBe('forbes');
    expect(data.outline(data.byId.page('index')).items).toEqual([
      expect.objectContaining({ kind: 'cite', at: 'mdx:0', refs: ['forbes:1'], section: 'what' }),
      expect.objectContaining({ kind: 'cite', at: 'mdx:1', refs: ['filenews:2', 'forbes:3'] }),
    ]);
    expect(data.untranslated('states', 'armenia')).toBe(false);
    expect(() => data.byId.state('armenai')).toThrow(/No state "armenai"/);
  });

  it('joins the Russian edition: translated text and names over the English structure', async () => {
    const data = await (await load())('ru');
    const armenia = data.byId.state('armenia');
    expect(armenia.data.name).toBe('Армения');
    expect(armenia.data.aliases).toContain('Armenia');
    expect(armenia.data.summary).toBe('Член-основатель.');
    expect(armenia.data.membership).toEqual(
      (await (await load())('en')).byId
        .state('armenia')
        .data.membership.map((p) => ({ ...p, note: undefined }))
    );
    expect(armenia.filePath).toBe('content/ru/states/armenia.mdx');
    expect(data.byId.term('csto').data.term).toBe('ОДКБ');
    expect(data.outline(data.byId.page('index')).sections.at(-1)?.title).toBe('Что это');
  });

  it.each([
    [
      'a source',
      (w: Record<string, Entry[]>) => void (w.events![0]!.data.sources = ['fobres:1']),
      'content/events/events.yaml',
      'fobres',
    ],
    [
      'a state',
      (w: Record<string, Entry[]>) => void (w.people![0]!.data.country = 'armenai'),
      'content/people/people.yaml',
      'armenai',
    ],
    [
      'a person',
      (w: Record<string, Entry[]>) => void (w.states![0]!.data.leaders = ['pashinian']),
      'content/states/armenia.mdx',
      'pashinian',
    ],
    [
      'a source in a <Cite>',
      (w: Record<string, Entry[]>) =>
        void (w.pages![0]!.body = '<h2 id="what">What</h2>\n\nText <Cite s="forbs:1" />.\n'),
      'content/pages/index.mdx',
      'forbs',
    ],
  ])('fails on an unknown id of %s, naming the file and the id', async (_, plant, file, id) => {
    plant(store.collections);
    const error = await failure();
    expect(error.message).toMatch(/names an entry that does not exist/);
    const line = error.hint.split('\n').find((l) => l.includes(id));
    expect(line).toBeDefined();
    expect(line).toContain(file);
  });

  it('fails on a section that cites nothing and on a citation beyond the paragraph guide', async () => {
    entry('states', 'armenia').body =
      '<h2 id="grievances">Grievances</h2>\n\nNo help came.\n\n<h2 id="more">More</h2>\n\nText <Cite s="forbes:9" />.\n';
    const error = await failure();
    expect(error.message).toMatch(/has a bad citation; .*has a section that cites nothing/);
    expect(error.hint).toMatch(
      /content\/states\/armenia\.mdx: .*"forbes:9": paragraph 9 is beyond the last paragraph of forbes \(3\)/
    );
    expect(error.hint).toMatch(/content\/states\/armenia\.mdx.*grievances/);
  });

  it('fails on a state the map cannot draw and markup the browser would block (content-checks)', async () => {
    const state = entry('states', 'armenia');
    state.id = 'atlantis';
    state.filePath = 'content/states/atlantis.mdx';
    state.body += '\n<div style="color: red">Styled.</div>\n';
    // Nothing else names the state by its old id.
    store.collections.events![0]!.data.countries = [];
    store.collections.people![0]!.data.country = undefined;
    const error = await failure();
    expect(error.hint).toMatch(
      /content\/states\/atlantis\.mdx: the status map has no shape for state "atlantis"/
    );
    expect(error.message).toBe(
      'Content has markup the browser would block; has a state the map cannot draw (2 problems)'
    );
    expect(error.hint).toContain('content/states/atlantis.mdx:5: <div style> is an inline style');
  });

  it('fails the Russian edition on a missing twin, naming the Russian file and the id (parity)', async () => {
    store.collections.ruStates = [];
    store.collections.ruEvents = [];
    const loadSiteData = await load();
    await expect(loadSiteData('en')).resolves.toBeDefined();
    const error = await failure('ru');
    expect(error.message).toMatch(/The Russian edition differs from the English \(2 problems\)/);
    expect(error.hint).toContain(
      'content/ru/states/: no profile "armenia", which content/states/ has'
    );
    expect(error.hint).toContain(
      'content/ru/events.yaml: no event "cst-1992", which content/events/events.yaml has'
    );
  });

  it('fails the Russian edition on a twin whose citations differ from the English', async () => {
    entry('ruStates', 'armenia').body =
      '<h2 id="grievances">Обиды</h2>\n\nПомощь не пришла <Cite s="forbes:2" />.\n';
    const error = await failure('ru');
    expect(error.hint).toMatch(/content\/ru\/states\/armenia\.mdx.*forbes/);
  });
});

describe('route data', () => {
  it("numbers a page's markers in reading order and lists a reprint with its original", async () => {
    const { pageRoute } = await import('../../src/data/route-data');
    const data = await (await load())('en');
    const route = await pageRoute(data.byId.page('index'));
    expect(route.path).toBe('/');
    expect(route.citations.markers.map((m) => [m.key, m.n])).toEqual([
      ['mdx:0', 1],
      ['mdx:1', 2],
    ]);
    expect(
      route.citations.accounts.map((a) => [
        a.account,
        a.printings.map((p) => [p.id, p.paragraphs.map((q) => q.n)]),
      ])
    ).toEqual([
      [
        'forbes',
        [
          ['forbes', [1, 3]],
          ['filenews', [2]],
        ],
      ],
    ]);
    expect(route.headings.map((h) => h.slug)).toEqual(['what', 'references']);
    expect(route.files).toEqual(['content/pages/index.mdx']);
    expect(route.citations.sources.map((s) => s.id)).toEqual(route.citations.sourceIds);
  });

  it('builds each page once: the route and allRoutes() hand out the same object', async () => {
    const { allRoutes, stateRoute, eventRoute } = await import('../../src/data/route-data');
    const data = await (await load())('en');
    const armenia = await stateRoute(data.byId.state('armenia'));
    const event = await eventRoute(data.byId.event('cst-1992'));
    const all = await allRoutes('en');
    expect(all).toContain(armenia);
    expect(all).toContain(event);
    expect(await stateRoute(data.byId.state('armenia'))).toBe(armenia);
  });

  it('gives components what they draw, so that none loads data itself', async () => {
    const { stateRoute, eventRoute, sourceRoute, pageRoute } =
      await import('../../src/data/route-data');
    const data = await (await load())('en');
    const armenia = await stateRoute(data.byId.state('armenia'));
    if (armenia.subject.type !== 'state') throw new Error('not a state');
    expect(armenia.subject.events.map((e) => e.id)).toEqual(['cst-1992']);
    expect(armenia.subject.leaders.map((p) => p.id)).toEqual(['pashinyan']);
    // The sidebar marks the page by its path; the groups are the edition's, shared by every page.
    expect(armenia.drawn.navigation[1]!.links.map((l) => l.href)).toContain('/states/armenia/');
    expect((await pageRoute(data.byId.page('index'))).drawn.navigation).toBe(
      armenia.drawn.navigation
    );
    // Only the pages that draw the status table, the matrix or the map carry them.
    expect(armenia.drawn.statusTable).toBeUndefined();
    expect(armenia.drawn.statusMap).toBeUndefined();
    const event = await eventRoute(data.byId.event('cst-1992'));
    if (event.subject.type !== 'event') throw new Error('not an event');
    expect(event.subject.countries.map((s) => s.id)).toEqual(['armenia']);
    expect(event.subject.people.map((p) => p.id)).toEqual(['pashinyan']);
    expect(event.subject.previous).toBeUndefined();
    const filenews = await sourceRoute(data.byId.source('filenews'));
    if (filenews.subject.type !== 'source') throw new Error('not a source');
    expect(filenews.subject.original?.id).toBe('forbes');
    const forbes = await sourceRoute(data.byId.source('forbes'));
    if (forbes.subject.type !== 'source') throw new Error('not a source');
    expect(forbes.subject.reprints.map((s) => s.id)).toEqual(['filenews']);
    const { listRoute } = await import('../../src/data/route-data');
    expect((await listRoute('data')).headings.map((h) => [h.slug, h.text])).toEqual([
      ['timeline', 'Timeline'],
      ['memberships', 'Membership periods'],
      ['people', 'People'],
      ['glossary', 'Glossary'],
      ['using-the-data', 'Using the data'],
    ]);
  });

  it('gives list pages and the home page what their templates draw, and the JSON-LD only its lookups', async () => {
    const { listRoute, routesOf } = await import('../../src/data/route-data');
    const people = (await listRoute('people')).subject;
    expect(
      people.people.map((p) => [p.person.id, p.country?.id, p.events.map((e) => e.id)])
    ).toEqual([['pashinyan', 'armenia', ['cst-1992']]]);
    const timeline = (await listRoute('timeline')).subject;
    expect(timeline.count).toBe(1);
    expect(
      timeline.years.map((y) => [
        y.year,
        y.events.map((e) => [e.event.id, e.countries.map((s) => s.id)]),
      ])
    ).toEqual([[1992, [['cst-1992', ['armenia']]]]]);
    // The filter offers only what some event has.
    expect(timeline.countries.map((s) => s.id)).toEqual(['armenia']);
    expect(timeline.kinds).toEqual(['founding']);
    const states = (await listRoute('states')).subject;
    expect(states.groups.map((g) => [g.status, g.states.map((s) => s.id)])).toEqual([
      ['member', ['armenia']],
    ]);
    expect((await listRoute('glossary')).subject.terms.length).toBe(1);
    expect((await listRoute('sources')).subject.sources.map((s) => s.id)).toEqual([
      'forbes',
      'filenews',
    ]);
    const [home] = (await routesOf('page', 'en')).filter((r) => r.subject.page.id === 'index');
    // The newest article, with its dated reprint beside it.
    expect(home?.subject.currency?.newest?.id).toBe('forbes');
    expect(home?.subject.currency?.reprints.map((s) => s.id)).toEqual(['filenews']);
    expect(home?.subject.currency?.undated).toEqual([]);
    expect(Object.keys(home!.lookups).sort()).toEqual(['glossary', 'people', 'sources', 'states']);
  });
});
