/**
 * Route data: what each page of the site is, built once from the data layer by the route that draws
 * it — its subject, title and kind, "On this page", the citation markers it renders (numbered in
 * reading order) and the sources they cite, the content files it is written from and their dates,
 * its breadcrumbs and preview card. The route hands it to the layout, which gives it to HeadMeta
 * and (as Astro.locals.route) to the components inside the page; the preview cards and the BibTeX
 * and RIS files are made from the same objects (allRoutes). Nothing works a page out from its URL,
 * and what a page cites is gathered here only, so the markers, the sources list, the JSON-LD and
 * the citation metadata cannot disagree. The model is Starlight's utils/routing/data.ts.
 */
import contentDates from 'virtual:csto/content-dates';
import {
  loadSiteData,
  type Event,
  type MdxEntry,
  type Page,
  type SiteData,
  type Source,
  type State,
} from './site-data';
import { entryFile } from './entry-file';
import { MARKER_KEY, pageCitations, type Marker, type MarkerUse } from '../lib/citation-markers';
import { datesOf, type FileDates } from '../build/content-dates';
import { cardHash, type CardSpec } from '../build/og-card';
import { formatPartialDate } from '../lib/dates';
import { PAGE_KIND_LABELS, STATUS_LABELS } from '../lib/labels';
import { SEARCH_KIND } from '../lib/search-kinds';
import { sourceSections, stateSections, withReferences } from '../lib/page-sections';
import { paragraphAnchor } from '../lib/pinpoints';
import { fullReference } from '../lib/source-reference';
import { asOfDate } from '../lib/sources';
import { groupByYear } from '../lib/timeline';
import { datasets } from '../lib/open-data';
import { SITE } from '../lib/site';
import { truncate } from '../lib/text';
import { urls } from '../lib/urls';
import type { HeadingLike } from '../lib/toc';

export type ListKind = 'states' | 'timeline' | 'sources' | 'people' | 'glossary' | 'data' | 'index';

export type Subject =
  | { type: 'page'; page: Page }
  | { type: 'state'; state: State }
  | { type: 'event'; event: Event }
  | { type: 'source'; source: Source }
  | { type: 'list'; of: ListKind }
  | { type: 'utility'; of: 'search' | 'not-found' };

export interface Crumb {
  name: string;
  /** Path below the base path, e.g. "/states/". */
  path: string;
}

/** One cited paragraph in the sources list: its number, what it says, where its guide entry is. */
export interface ListedParagraph {
  n: number;
  gist: string;
  href: string;
}

/** One printing of an article in the sources list, with the paragraphs the page cites. */
export interface ListedSource {
  id: string;
  /** "Forbes", or for a reprint "Reprinted by Filenews" / "Filenews, a reprint of Forbes". */
  label: string;
  short: string;
  href: string;
  /** The full reference: author, headline, outlet, date. */
  reference: string;
  /**
   * Whether this page is the source's own page, whose paragraph guide already says what each
   * paragraph says: the list then points there instead of writing the gists a second time.
   */
  guideOnPage: boolean;
  paragraphs: ListedParagraph[];
}

export interface RouteCitations {
  /** Every marker of the page, in reading order (numbered 1, 2, 3…). */
  markers: Marker[];
  /** The sources list: one account (an article and its reprints) a row, the original first. */
  accounts: { account: string; printings: ListedSource[] }[];
  /** Every source cited, in the order of the list. */
  sourceIds: string[];
}

export interface RouteData {
  /** Below the base path: "/", "/states/armenia/", "/404.html". */
  path: string;
  /** The page's h1, without the site's name. */
  title: string;
  description: string;
  /** What a reader is told the page is: "Profile", "Event", "Analysis"… */
  kind: string;
  /** A state's status or an event's date, in words. */
  detail?: string | undefined;
  subject: Subject;
  /** The pages above this one, home first (this page itself not included). */
  crumbs: Crumb[];
  /** Content files the page is written from (files, or folders standing for every file in them). */
  files: string[];
  dates: FileDates;
  /** "On this page": its sections, with the sources list last when it cites anything. */
  headings: HeadingLike[];
  citations: RouteCitations;
  /** The preview card (og:image), and its file name under /og/. */
  card: CardSpec;
  cardHash: string;
  /** Whether the page has "Cite this page" and its BibTeX and RIS files. */
  citeThis: boolean;
  /** The date the site is current to, in words ("18 July 2025"), for "Cite this page". */
  asOf?: string | undefined;
}

const HOME: Crumb = { name: 'Home', path: '/' };
const LISTS: Record<
  ListKind,
  { path: string; title: string; kind: string; description: string; files: string[] }
> = {
  states: {
    path: '/states/',
    title: 'Member states',
    kind: 'Member states',
    description:
      "Profiles of the CSTO's current, frozen and former member states: status, key events, leaders, grievances and outlook.",
    files: ['content/states'],
  },
  timeline: {
    path: '/timeline/',
    title: 'Timeline',
    kind: 'Timeline',
    description:
      "Every dated event the five source articles mention, from the 1992 treaty to Armenia's frozen membership, each with its date, countries and sources.",
    files: ['content/events/events.yaml'],
  },
  sources: {
    path: '/sources/',
    title: 'Sources',
    kind: 'Sources',
    description:
      'The five articles this explainer is written from: outlet, author, headline, date and what kind of piece each is.',
    files: ['content/sources'],
  },
  people: {
    path: '/people/',
    title: 'People',
    kind: 'People',
    description:
      'Everyone the five source articles name: leaders, officials, politicians, analysts and authors, with every spelling the sources use.',
    files: ['content/people/people.yaml'],
  },
  glossary: {
    path: '/glossary/',
    title: 'Glossary',
    kind: 'Glossary',
    description:
      'Terms used in writing about the CSTO — CST, CIS, Article 4, frozen membership, Nagorno-Karabakh, Baikonur and more — as the sources use them.',
    files: ['content/glossary/glossary.yaml'],
  },
  data: {
    path: '/data/',
    title: 'Open data',
    kind: 'Open data',
    description:
      "The timeline, every state's membership periods, the people and the glossary as CSV and JSON, each row with its page and its sources.",
    files: ['content'],
  },
  index: {
    path: '/a-z/',
    title: 'A–Z index',
    kind: 'Index',
    description:
      'Every page and section of the CSTO explainer, A to Z: profiles, events, people, terms and sources.',
    files: ['content'],
  },
};
const UTILITIES = {
  search: {
    path: '/search/',
    title: 'Search',
    description: 'Search the CSTO explainer for a member state, person, event or term.',
  },
  'not-found': {
    path: '/404.html',
    title: 'Page not found',
    description: 'This address does not match a page of the CSTO explainer.',
  },
} as const;

/** The status-table headings of the states list, by status. */
export const STATE_GROUP_TITLES = {
  member: 'Members',
  frozen: 'Membership frozen',
  former: 'Former members',
} as const;

// ---- what each page cites, in reading order ------------------------------------------------

/** A state's status and membership periods, once each, as its status-table row cites them. */
export function stateStatusRefs(state: State): string[] {
  return [
    ...new Set([...state.data.statusSources, ...state.data.membership.flatMap((p) => p.sources)]),
  ];
}

/** Markers drawn by a component an MDX body embeds, by the component's name. */
const EMBEDDED: Record<string, (data: SiteData) => MarkerUse[]> = {
  StatusTable: (data) =>
    data.states.map((s) => ({ key: MARKER_KEY.statusTable(s.id), refs: stateStatusRefs(s) })),
  MembershipMatrix: () => [],
};
/** The content a component draws, for the page's dates. */
const EMBEDDED_FILES: Record<string, string[]> = {
  StatusTable: ['content/states'],
  MembershipMatrix: ['content/states', 'content/events/events.yaml'],
};

/** The markers of an MDX body: its <Cite>s and what its components cite, in document order. */
function mdxUses(entry: MdxEntry, data: SiteData): MarkerUse[] {
  return data.outline(entry).items.flatMap((item): MarkerUse[] => {
    if (item.kind === 'cite') return [{ key: item.at, refs: item.refs }];
    const uses = EMBEDDED[item.name];
    if (!uses)
      throw new Error(
        `${entryFile(entry.collection, entry)} uses <${item.name} />, which src/data/route-data.ts does not know: add it to EMBEDDED (with the markers it draws)`
      );
    return uses(data);
  });
}
const embeddedFiles = (entry: MdxEntry, data: SiteData) =>
  data
    .outline(entry)
    .items.flatMap((item) => (item.kind === 'component' ? (EMBEDDED_FILES[item.name] ?? []) : []));

/** The sections of an MDX body, for "On this page". */
const mdxHeadings = (entry: MdxEntry, data: SiteData): HeadingLike[] =>
  data
    .outline(entry)
    .sections.filter((s) => s.id !== '')
    .map((s) => ({ depth: s.depth, slug: s.id, text: s.title }));

/** The events a profile lists. */
export const eventsOf = (state: State, data: SiteData) =>
  data.events.filter((e) => e.data.countries.includes(state.id));

function citationsFor(uses: MarkerUse[], data: SiteData, subject?: Subject): RouteCitations {
  const ownSource = subject?.type === 'source' ? subject.source.id : undefined;
  const page = pageCitations(
    uses,
    data.sources.map((s) => ({ id: s.id, short: s.data.short, reprintOf: s.data.reprintOf }))
  );
  return {
    markers: page.markers,
    sourceIds: page.sourceIds,
    accounts: page.accounts.map(({ account, printings }) => ({
      account,
      printings: printings.map(({ id, paragraphs }, i): ListedSource => {
        const source = data.byId.source(id);
        const original = data.byId.source(account);
        return {
          id,
          short: source.data.short,
          label:
            id === account
              ? source.data.short
              : i > 0
                ? `Reprinted by ${source.data.short}`
                : `${source.data.short}, a reprint of ${original.data.short}`,
          href: urls.source(id),
          reference: fullReference(source.data),
          guideOnPage: id === ownSource,
          paragraphs: paragraphs.map((n) => ({
            n,
            gist: source.data.paragraphs.find((p) => p.n === n)?.gist ?? '',
            href: `${id === ownSource ? '' : urls.source(id)}#${paragraphAnchor(n)}`,
          })),
        };
      }),
    })),
  };
}

// ---- the routes -----------------------------------------------------------------------------

interface Draft {
  path: string;
  title: string;
  description: string;
  kind: string;
  detail?: string | undefined;
  cardTitle?: string | undefined;
  subject: Subject;
  crumbs: Crumb[];
  files: string[];
  headings?: HeadingLike[];
  uses?: MarkerUse[];
  citeThis?: boolean;
}

function finish(draft: Draft, data: SiteData): RouteData {
  const citations = citationsFor(draft.uses ?? [], data, draft.subject);
  const card: CardSpec = {
    title: draft.cardTitle ?? draft.title,
    kind: draft.kind,
    detail: draft.detail,
    site: SITE.name,
  };
  const asOf = asOfDate(data.sources);
  return {
    path: draft.path,
    title: draft.title,
    description: draft.description,
    kind: draft.kind,
    detail: draft.detail,
    subject: draft.subject,
    crumbs: draft.crumbs,
    files: draft.files,
    dates: datesOf(draft.files, new Map(Object.entries(contentDates.files)), contentDates.buildDay),
    headings: withReferences(draft.headings ?? [], citations.markers.length > 0),
    citations,
    card,
    cardHash: cardHash(card),
    citeThis: draft.citeThis ?? true,
    asOf: asOf ? formatPartialDate(asOf) : undefined,
  };
}

/** An explainer page (content/pages), the home page included. */
export async function pageRoute(page: Page): Promise<RouteData> {
  const data = await loadSiteData();
  const home = page.id === 'index';
  return finish(
    {
      path: home ? '/' : `/${page.id}/`,
      title: page.data.title,
      description: page.data.description,
      kind: PAGE_KIND_LABELS[page.data.kind],
      subject: { type: 'page', page },
      crumbs: home ? [] : [HOME],
      files: [`content/pages/${page.id}.mdx`, ...embeddedFiles(page, data)],
      headings: mdxHeadings(page, data),
      uses: mdxUses(page, data),
    },
    data
  );
}

/** A state profile: its lead, "At a glance", its MDX body, then the events it lists. */
export async function stateRoute(state: State): Promise<RouteData> {
  const data = await loadSiteData();
  const events = eventsOf(state, data);
  return finish(
    {
      path: `/states/${state.id}/`,
      title: state.data.name,
      description: truncate(`${state.data.name} and the CSTO: ${state.data.summary}`, 160),
      kind: SEARCH_KIND.profile,
      detail: STATUS_LABELS[state.data.status],
      subject: { type: 'state', state },
      crumbs: [HOME, { name: LISTS.states.title, path: LISTS.states.path }],
      files: [
        `content/states/${state.id}.mdx`,
        ...(events.length ? ['content/events/events.yaml'] : []),
      ],
      headings: stateSections(mdxHeadings(state, data), events.length > 0),
      uses: [
        { key: MARKER_KEY.lead, refs: state.data.statusSources },
        { key: MARKER_KEY.status, refs: state.data.statusSources },
        ...state.data.membership.map((period, i) => ({
          key: MARKER_KEY.period(i),
          refs: period.sources,
        })),
        ...mdxUses(state, data),
        ...events.map((e) => ({ key: MARKER_KEY.event(e.id), refs: e.data.sources })),
      ],
    },
    data
  );
}

/** A source's page: its facts, its MDX body, its paragraph guide and where it is cited. */
export async function sourceRoute(source: Source): Promise<RouteData> {
  const data = await loadSiteData();
  return finish(
    {
      path: `/sources/${source.id}/`,
      title: source.data.headline
        ? `${source.data.short}: “${source.data.headline}”`
        : `${source.data.short} (no headline printed)`,
      description: `Source article: ${source.data.short}${source.data.date ? `, ${source.data.date}` : ''}. What it is, how reliable it is, what each paragraph says and where this site cites it.`,
      kind: SEARCH_KIND.source,
      detail: source.data.outlet ?? undefined,
      subject: { type: 'source', source },
      crumbs: [HOME, { name: LISTS.sources.title, path: LISTS.sources.path }],
      files: [`content/sources/${source.id}.mdx`],
      headings: sourceSections(mdxHeadings(source, data)),
      uses: mdxUses(source, data),
    },
    data
  );
}

/** An event's own page. */
export async function eventRoute(event: Event): Promise<RouteData> {
  const data = await loadSiteData();
  const date = formatPartialDate(event.data.date);
  return finish(
    {
      path: `/timeline/${event.id}/`,
      title: `${event.data.title} (${date})`,
      description: truncate(event.data.summary, 160),
      kind: SEARCH_KIND.event,
      detail: date,
      cardTitle: event.data.title,
      subject: { type: 'event', event },
      crumbs: [HOME, { name: LISTS.timeline.title, path: LISTS.timeline.path }],
      files: ['content/events/events.yaml'],
      uses: [{ key: MARKER_KEY.event(event.id), refs: event.data.sources }],
    },
    data
  );
}

/** A list page: the timeline, member states, sources, people, glossary, open data, A–Z. */
export async function listRoute(of: ListKind): Promise<RouteData> {
  const data = await loadSiteData();
  const list = LISTS[of];
  const base = {
    path: list.path,
    title: list.title,
    description: list.description,
    kind: list.kind,
    subject: { type: 'list', of } as const,
    crumbs: [HOME],
    files: list.files,
  };
  switch (of) {
    case 'timeline':
      return finish(
        {
          ...base,
          headings: groupByYear(data.events).map((y) => ({
            depth: 2,
            slug: `year-${y.year}`,
            text: String(y.year),
          })),
          uses: data.events.map((e) => ({ key: MARKER_KEY.event(e.id), refs: e.data.sources })),
        },
        data
      );
    case 'people':
      return finish(
        {
          ...base,
          headings: data.people.map((p) => ({ depth: 2, slug: p.id, text: p.data.name })),
          uses: data.people.map((p) => ({ key: MARKER_KEY.person(p.id), refs: p.data.sources })),
        },
        data
      );
    case 'glossary':
      return finish(
        {
          ...base,
          headings: data.glossary.map((t) => ({ depth: 2, slug: t.id, text: t.data.term })),
          uses: data.glossary.map((t) => ({ key: MARKER_KEY.term(t.id), refs: t.data.sources })),
        },
        data
      );
    case 'states': {
      const groups = stateGroups(data);
      return finish(
        {
          ...base,
          headings: [
            { depth: 2, slug: 'map', text: 'Map' },
            ...groups.map((g) => ({
              depth: 2,
              slug: g.status,
              text: STATE_GROUP_TITLES[g.status],
            })),
            { depth: 2, slug: 'membership-over-time', text: 'Membership over time' },
          ],
          uses: [
            ...groups.flatMap((g) =>
              g.states.map((s) => ({ key: MARKER_KEY.state(s.id), refs: s.data.statusSources }))
            ),
            {
              key: MARKER_KEY.membership,
              refs: [
                ...new Set(data.states.flatMap((s) => s.data.membership.flatMap((p) => p.sources))),
              ],
            },
          ],
        },
        data
      );
    }
    case 'data':
      return finish(
        {
          ...base,
          headings: [
            ...datasets({ ...data, pageUrl: () => '' }).map((d) => ({
              depth: 2,
              slug: d.id,
              text: d.title,
            })),
            { depth: 2, slug: 'using-the-data', text: 'Using the data' },
          ],
        },
        data
      );
    default:
      return finish(base, data);
  }
}

/** Search and the 404 page: kept out of the index and of "Cite this page". */
export async function utilityRoute(of: 'search' | 'not-found'): Promise<RouteData> {
  const data = await loadSiteData();
  const utility = UTILITIES[of];
  return finish(
    {
      ...utility,
      kind: 'Page',
      subject: { type: 'utility', of },
      crumbs: [HOME],
      files: ['content'],
      citeThis: false,
    },
    data
  );
}

/** The states list's groups: members, frozen, former (those with any state), in that order. */
export function stateGroups(data: SiteData) {
  return (['member', 'frozen', 'former'] as const)
    .map((status) => ({ status, states: data.states.filter((s) => s.data.status === status) }))
    .filter((g) => g.states.length > 0);
}

let all: Promise<RouteData[]> | undefined;

/** Every page's route data, for what the build makes beside the pages (cards, BibTeX, RIS, A–Z). */
export function allRoutes(): Promise<RouteData[]> {
  all ??= (async () => {
    const data = await loadSiteData();
    return Promise.all([
      ...data.pages.map(pageRoute),
      ...data.states.map(stateRoute),
      ...data.sources.map(sourceRoute),
      ...data.events.map(eventRoute),
      ...(Object.keys(LISTS) as ListKind[]).map(listRoute),
      utilityRoute('search'),
      utilityRoute('not-found'),
    ]);
  })();
  return all;
}

/** The marker a <Cite> renders; a key the route did not list is a bug between template and route. */
export function markerFor(route: RouteData, key: string): Marker {
  const marker = route.citations.markers.find((m) => m.key === key);
  if (!marker)
    throw new Error(
      `${route.path}: a citation marker "${key}" is drawn that the route data does not list (src/data/route-data.ts)`
    );
  return marker;
}

/** The route data a layout handed to the components of the page being built. */
export function routeOf(locals: App.Locals): RouteData {
  if (!locals.route)
    throw new Error('No route data: the page must render inside the Base layout, given its route');
  return locals.route;
}
