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
  type Person,
  type SiteData,
  type Source,
  type State,
  type Term,
} from './site-data';
import { eventKinds } from '../schemas/event';
import { entryFile } from './entry-file';
import {
  matrixRowsOf,
  navigationOf,
  statusMapOf,
  statusRowsOf,
  type MatrixRowShown,
  type StatusMapShown,
  type StatusRow,
} from './drawn';
import { citingPlaces, type CitingPlace } from '../lib/citations/cited-by';
import { newestDatedSource, reprintsOf, undatedSources } from '../lib/site/currency';
import type { NavGroup } from '../lib/site/navigation';
import {
  MARKER_KEY,
  pageCitations,
  type Marker,
  type MarkerUse,
} from '../lib/citations/citation-markers';
import { datesOf, type FileDates } from '../build/content-dates';
import { cardHash, type CardSpec } from '../build/og-card';
import { formatPartialDate } from '../lib/content/dates';
import { sourceSections, stateSections, withReferences } from '../lib/site/page-sections';
import { paragraphAnchor } from '../lib/citations/pinpoints';
import { fullReference } from '../lib/citations/source-names';
import { asOfDate } from '../lib/site/currency';
import { groupByYear } from '../lib/membership/timeline';
import { datasetTitles } from '../lib/site/open-data';
import { truncate } from '../lib/site/text';
import { quotedPlainText } from '../lib/translation/quoted-text';
import { urlsFor, type Urls } from '../lib/site/urls';
import type { HeadingLike } from '../lib/site/toc';
import { LANGS, langParam, localPath, type Lang } from '../i18n/langs';
import { strings, type UiStrings } from '../i18n';

export type ListKind = 'states' | 'timeline' | 'sources' | 'people' | 'glossary' | 'data' | 'index';

/** The home page's "as of" line: the newest dated source, its dated reprints, the undated ones. */
export interface Currency {
  newest?: Source | undefined;
  reprints: Source[];
  undated: Source[];
}

/** A person on the people list, with their state and the timeline's events that name them. */
export interface ListedPerson {
  person: Person;
  country?: State | undefined;
  events: Event[];
}

/** The timeline's events of one year, each with the states it names. */
export interface TimelineYear {
  year: number;
  events: { event: Event; countries: State[] }[];
}

/** A group of the states list: members, frozen or former. */
export interface StateGroup {
  status: 'member' | 'frozen' | 'former';
  states: State[];
}

/** A list page and what its template draws. */
export type ListSubject =
  | { type: 'list'; of: 'people'; people: ListedPerson[] }
  | {
      type: 'list';
      of: 'timeline';
      /** How many events there are. */
      count: number;
      /** Every event, in date order, grouped by year. */
      years: TimelineYear[];
      /** The filter's choices: only states and kinds some event has, so none ever shows nothing. */
      countries: State[];
      kinds: Event['data']['kind'][];
    }
  | { type: 'list'; of: 'states'; groups: StateGroup[] }
  | { type: 'list'; of: 'sources'; sources: Source[] }
  | { type: 'list'; of: 'glossary'; terms: Term[] }
  | { type: 'list'; of: 'data' }
  | { type: 'list'; of: 'index' };

export type Subject =
  | {
      type: 'page';
      page: Page;
      /** The home page's "as of" line. */
      currency?: Currency | undefined;
    }
  | {
      type: 'state';
      state: State;
      /** The timeline's events that name the state, in date order. */
      events: Event[];
      leaders: Person[];
    }
  | {
      type: 'event';
      event: Event;
      countries: State[];
      people: Person[];
      /** The events before and after it on the timeline. */
      previous?: Event | undefined;
      next?: Event | undefined;
    }
  | {
      type: 'source';
      source: Source;
      /** The article a reprint reprints, and the reprints of an article. */
      original?: Source | undefined;
      reprints: Source[];
      /** Where the site cites it. */
      places: CitingPlace[];
    }
  | ListSubject
  | { type: 'utility'; of: 'search' | 'not-found' };

/** The route data of a page whose subject is of one type: RouteOf<'state'>. */
export type RouteOf<K extends Subject['type']> = RouteData & {
  subject: Extract<Subject, { type: K }>;
};
/** The route data of one list page: ListRouteOf<'people'>. */
export type ListRouteOf<K extends ListKind> = RouteData & {
  subject: Extract<ListSubject, { of: K }>;
};

export interface Crumb {
  name: string;
  /** Path below the base path and the edition's prefix, e.g. "/states/". */
  path: string;
  /** Where on that page the visible link lands (an event's entry on the timeline). */
  hash?: string | undefined;
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
  /** Their records, in the same order (the JSON-LD's `citation`). */
  sources: Source[];
}

/**
 * What the page's data-drawn components show, worked out here so that they only render
 * (src/data/drawn.ts): the sidebar always, the others on the pages that have them.
 */
export interface Drawn {
  navigation: NavGroup[];
  statusTable?: StatusRow[] | undefined;
  membershipMatrix?: MatrixRowShown[] | undefined;
  statusMap?: StatusMapShown | undefined;
}

/** Components that draw from data, as an MDX body or a template places them. */
type DrawnPart = 'StatusTable' | 'MembershipMatrix' | 'StatusMap';

/** The same page in an edition: its language and path below the base path. */
export interface Alternate {
  lang: Lang;
  path: string;
}

export interface RouteData {
  /** The edition the page belongs to. */
  lang: Lang;
  /** Below the base path: "/", "/states/armenia/", "/ru/states/armenia/", "/404.html". */
  path: string;
  /** The page in every edition, this one included, English first (hreflang, the language switch). */
  alternates: Alternate[];
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
  drawn: Drawn;
  /**
   * The records the JSON-LD names besides the page's own: every source (a reprint names its
   * original), state, person and term of the edition.
   */
  lookups: Pick<SiteData, 'sources' | 'states' | 'people' | 'glossary'>;
}

const LIST_PATHS: Record<ListKind, { path: string; files: string[] }> = {
  states: { path: '/states/', files: ['content/states'] },
  timeline: { path: '/timeline/', files: ['content/events/events.yaml'] },
  sources: { path: '/sources/', files: ['content/sources'] },
  people: { path: '/people/', files: ['content/people/people.yaml'] },
  glossary: { path: '/glossary/', files: ['content/glossary/glossary.yaml'] },
  data: { path: '/data/', files: ['content'] },
  index: { path: '/a-z/', files: ['content'] },
};
/** The Russian files a list is translated in, beside the English ones it is built from. */
const RUSSIAN_FILES: Record<string, string[]> = {
  'content/states': ['content/ru/states', 'content/ru/names.yaml'],
  'content/events/events.yaml': ['content/ru/events.yaml'],
  'content/sources': ['content/ru/sources'],
  'content/people/people.yaml': ['content/ru/people.yaml', 'content/ru/names.yaml'],
  'content/glossary/glossary.yaml': ['content/ru/glossary.yaml', 'content/ru/names.yaml'],
};
/** The content files a page of `lang` is written from: in Russian, the twins too. */
const filesIn = (lang: Lang, files: readonly string[]): string[] =>
  lang === 'en' ? [...files] : [...new Set(files.flatMap((f) => [f, ...(RUSSIAN_FILES[f] ?? [])]))];

const UTILITY_PATHS = { search: '/search/', 'not-found': '/404.html' } as const;

/** A list page's title, kind, description and lead in an edition. */
export const listText = (of: ListKind, lang: Lang) => strings(lang).routes.lists[of];

const home = (lang: Lang): Crumb => ({ name: strings(lang).routes.home, path: '/' });

// ---- what each page cites, in reading order ------------------------------------------------

/** A state's status and membership periods, once each, as its status-table row cites them. */
function stateStatusRefs(state: State): string[] {
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
  const t = strings(data.lang);
  const urls = urlsFor(data.lang);
  const page = pageCitations(
    uses,
    data.sources.map((s) => ({ id: s.id, short: s.data.short, reprintOf: s.data.reprintOf })),
    t.citations
  );
  return {
    markers: page.markers,
    sourceIds: page.sourceIds,
    sources: page.sourceIds.map((id) => data.byId.source(id)),
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
                ? t.citations.listedReprint(source.data.short)
                : t.citations.listedReprintAlone(source.data.short, original.data.short),
          href: urls.source(id),
          reference: fullReference(source.data, data.lang, t.reference),
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
  /** Below the base path and the edition's prefix: "/states/armenia/". */
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
  /** The data-drawn components the page shows besides the sidebar. */
  draws?: DrawnPart[];
}

const DRAWN_PARTS: readonly string[] = ['StatusTable', 'MembershipMatrix', 'StatusMap'];
/** The data-drawn components an MDX body embeds. */
const mdxDraws = (entry: MdxEntry, data: SiteData): DrawnPart[] =>
  data
    .outline(entry)
    .items.flatMap((item) =>
      item.kind === 'component' && DRAWN_PARTS.includes(item.name) ? [item.name as DrawnPart] : []
    );

function drawnFor(parts: readonly DrawnPart[], data: SiteData): Drawn {
  return {
    navigation: navigationOf(data),
    statusTable: parts.includes('StatusTable') ? statusRowsOf(data) : undefined,
    membershipMatrix: parts.includes('MembershipMatrix') ? matrixRowsOf(data) : undefined,
    statusMap: parts.includes('StatusMap') ? statusMapOf(data) : undefined,
  };
}

const contentDateFiles = new Map(Object.entries(contentDates.files));

function finish(draft: Draft, data: SiteData): RouteData {
  const { lang } = data;
  const t = strings(lang);
  const citations = citationsFor(draft.uses ?? [], data, draft.subject);
  const card: CardSpec = {
    title: draft.cardTitle ?? draft.title,
    kind: draft.kind,
    detail: draft.detail,
    site: t.site.name,
  };
  const asOf = asOfDate(data.sources);
  const files = filesIn(lang, draft.files);
  return {
    lang,
    path: localPath(lang, draft.path),
    alternates: LANGS.map((other) => ({ lang: other, path: localPath(other, draft.path) })),
    title: draft.title,
    description: draft.description,
    kind: draft.kind,
    detail: draft.detail,
    subject: draft.subject,
    crumbs: draft.crumbs,
    files,
    dates: datesOf(files, contentDateFiles, contentDates.buildDay),
    headings: withReferences(draft.headings ?? [], citations.markers.length > 0, t.sections),
    citations,
    card,
    cardHash: cardHash(card),
    citeThis: draft.citeThis ?? true,
    asOf: asOf ? formatPartialDate(asOf, lang, 'genitive') : undefined,
    drawn: drawnFor(draft.draws ?? [], data),
    lookups: {
      sources: data.sources,
      states: data.states,
      people: data.people,
      glossary: data.glossary,
    },
  };
}

const built = new Map<string, Promise<RouteData>>();
/**
 * Each page's route data is built once per build: the route's getStaticPaths and allRoutes() (cards,
 * BibTeX, RIS, A–Z) get the same object, so the two can never drift apart. `under` is for the build
 * benchmark's copies of every route (scripts/bench-build.mjs, "/copy-2"): each copy's data is built
 * anew, at its own path, as a separate page's would be (its breadcrumbs still name the originals).
 */
function once(key: string, make: () => Promise<RouteData>, under = ''): Promise<RouteData> {
  let route = built.get(`${under} ${key}`);
  if (!route) {
    route = under
      ? make().then((made) => ({
          ...made,
          path: `${under}${made.path}`,
          alternates: made.alternates.map((other) => ({ ...other, path: `${under}${other.path}` })),
        }))
      : make();
    built.set(`${under} ${key}`, route);
  }
  return route;
}

/** An explainer page (content/pages), the home page included. */
export function pageRoute(page: Page, lang: Lang = 'en', under = ''): Promise<RouteData> {
  return once(`${lang} page ${page.id}`, () => buildPageRoute(page, lang), under);
}
/** A state profile. */
export function stateRoute(state: State, lang: Lang = 'en', under = ''): Promise<RouteData> {
  return once(`${lang} state ${state.id}`, () => buildStateRoute(state, lang), under);
}
/** A source's page. */
export function sourceRoute(source: Source, lang: Lang = 'en', under = ''): Promise<RouteData> {
  return once(`${lang} source ${source.id}`, () => buildSourceRoute(source, lang), under);
}
/** An event's own page. */
export function eventRoute(event: Event, lang: Lang = 'en', under = ''): Promise<RouteData> {
  return once(`${lang} event ${event.id}`, () => buildEventRoute(event, lang), under);
}
/** A list page: the timeline, member states, sources, people, glossary, open data, A–Z. */
export function listRoute<K extends ListKind>(
  of: K,
  lang: Lang = 'en',
  under = ''
): Promise<ListRouteOf<K>> {
  // buildListRoute gives the list's own subject (listSubject).
  return once(`${lang} list ${of}`, () => buildListRoute(of, lang), under) as Promise<
    ListRouteOf<K>
  >;
}
/** Search and the 404 page: kept out of the index and of "Cite this page". */
export function utilityRoute(
  of: 'search' | 'not-found',
  lang: Lang = 'en',
  under = ''
): Promise<RouteData> {
  return once(`${lang} utility ${of}`, () => buildUtilityRoute(of, lang), under);
}

/** An explainer page (content/pages), the home page included. */
async function buildPageRoute(page: Page, lang: Lang): Promise<RouteData> {
  const data = await loadSiteData(lang);
  const t = strings(lang);
  const isHome = page.id === 'index';
  return finish(
    {
      path: isHome ? '/' : `/${page.id}/`,
      title: quotedPlainText(page.data.title),
      description: quotedPlainText(page.data.description),
      kind: t.labels.pageKind[page.data.kind],
      subject: { type: 'page', page, currency: isHome ? currencyOf(data) : undefined },
      crumbs: isHome ? [] : [home(lang)],
      files: [`content/pages/${page.id}.mdx`, ...embeddedFiles(page, data)],
      headings: mdxHeadings(page, data),
      uses: mdxUses(page, data),
      draws: mdxDraws(page, data),
    },
    data
  );
}

/** A state profile: its lead, "At a glance", its MDX body, then the events it lists. */
async function buildStateRoute(state: State, lang: Lang): Promise<RouteData> {
  const data = await loadSiteData(lang);
  const t = strings(lang);
  const events = eventsOf(state, data);
  return finish(
    {
      path: `/states/${state.id}/`,
      title: state.data.name,
      description: truncate(
        t.routes.stateDescription(state.data.name, quotedPlainText(state.data.summary)),
        160
      ),
      kind: t.routes.kinds.profile,
      detail: t.labels.status[state.data.status],
      subject: {
        type: 'state',
        state,
        events,
        leaders: state.data.leaders.map(data.byId.person),
      },
      crumbs: [home(lang), listCrumb('states', lang)],
      files: [
        `content/states/${state.id}.mdx`,
        ...(events.length ? ['content/events/events.yaml'] : []),
      ],
      headings: stateSections(mdxHeadings(state, data), events.length > 0, t.sections),
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
      draws: mdxDraws(state, data),
    },
    data
  );
}

/** A source's page: its facts, its MDX body, its paragraph guide and where it is cited. */
async function buildSourceRoute(source: Source, lang: Lang): Promise<RouteData> {
  const data = await loadSiteData(lang);
  const t = strings(lang);
  return finish(
    {
      path: `/sources/${source.id}/`,
      title: t.routes.sourceTitle(source.data.short, source.data.headline),
      description: t.routes.sourceDescription(source.data.short, source.data.date),
      kind: t.routes.kinds.source,
      detail: source.data.outlet ?? undefined,
      subject: {
        type: 'source',
        source,
        original: source.data.reprintOf ? data.byId.source(source.data.reprintOf) : undefined,
        reprints: reprintsOf(source.id, data.sources),
        places: citingPlaces(
          source.id,
          data,
          {
            atAGlance: t.sections.atAGlance,
            timeline: t.routes.lists.timeline.title,
            people: t.routes.lists.people.title,
            glossary: t.routes.lists.glossary.title,
            sourcePage: t.sources.cited.sourcePage,
          },
          urlsFor(lang)
        ),
      },
      crumbs: [home(lang), listCrumb('sources', lang)],
      files: [`content/sources/${source.id}.mdx`],
      headings: sourceSections(mdxHeadings(source, data), t.sections),
      uses: mdxUses(source, data),
      draws: mdxDraws(source, data),
    },
    data
  );
}

/** An event's own page. */
async function buildEventRoute(event: Event, lang: Lang): Promise<RouteData> {
  const data = await loadSiteData(lang);
  const t = strings(lang);
  const date = formatPartialDate(event.data.date, lang);
  const title = quotedPlainText(event.data.title);
  const at = data.events.findIndex((e) => e.id === event.id);
  return finish(
    {
      path: `/timeline/${event.id}/`,
      title: `${title} (${date})`,
      description: truncate(quotedPlainText(event.data.summary), 160),
      kind: t.routes.kinds.event,
      detail: date,
      cardTitle: title,
      subject: {
        type: 'event',
        event,
        countries: event.data.countries.map(data.byId.state),
        people: event.data.people.map(data.byId.person),
        previous: data.events[at - 1],
        next: data.events[at + 1],
      },
      crumbs: [home(lang), { ...listCrumb('timeline', lang), hash: event.id }],
      files: ['content/events/events.yaml'],
      uses: [{ key: MARKER_KEY.event(event.id), refs: event.data.sources }],
    },
    data
  );
}

/** A list page: the timeline, member states, sources, people, glossary, open data, A–Z. */
async function buildListRoute(of: ListKind, lang: Lang): Promise<RouteData> {
  const data = await loadSiteData(lang);
  const t = strings(lang);
  const list = listText(of, lang);
  const base = {
    path: LIST_PATHS[of].path,
    title: list.title,
    description: list.description,
    kind: list.kind,
    subject: listSubject(of, data),
    crumbs: [home(lang)],
    files: LIST_PATHS[of].files,
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
      const groups = stateGroupsOf(data);
      return finish(
        {
          ...base,
          headings: [
            { depth: 2, slug: 'map', text: t.routes.statesHeadings.map },
            ...groups.map((g) => ({
              depth: 2,
              slug: g.status,
              text: t.routes.stateGroups[g.status],
            })),
            {
              depth: 2,
              slug: 'membership-over-time',
              text: t.routes.statesHeadings.membership,
            },
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
          draws: ['StatusMap', 'MembershipMatrix'],
        },
        data
      );
    }
    case 'data':
      return finish(
        {
          ...base,
          headings: [
            ...datasetTitles(t.openData).map((d) => ({
              depth: 2,
              slug: d.id,
              text: d.title,
            })),
            { depth: 2, slug: 'using-the-data', text: t.routes.dataUsing },
          ],
        },
        data
      );
    default:
      return finish(base, data);
  }
}

/** Search and the 404 page: kept out of the index and of "Cite this page". */
async function buildUtilityRoute(of: 'search' | 'not-found', lang: Lang): Promise<RouteData> {
  const data = await loadSiteData(lang);
  const t = strings(lang);
  const utility = of === 'search' ? t.routes.search : t.routes.notFound;
  return finish(
    {
      path: UTILITY_PATHS[of],
      title: utility.title,
      description: utility.description,
      kind: t.routes.pageKind,
      subject: { type: 'utility', of },
      crumbs: [home(lang)],
      files: ['content'],
      citeThis: false,
    },
    data
  );
}

/** The states list's groups: members, frozen, former (those with any state), in that order. */
function stateGroupsOf(data: SiteData): StateGroup[] {
  return (['member', 'frozen', 'former'] as const)
    .map((status) => ({ status, states: data.states.filter((s) => s.data.status === status) }))
    .filter((g) => g.states.length > 0);
}

/** What a list page draws, so that its template only renders. */
function listSubject(of: ListKind, data: SiteData): ListSubject {
  switch (of) {
    case 'people':
      return {
        type: 'list',
        of,
        people: data.people.map((person) => ({
          person,
          country:
            person.data.country === undefined ? undefined : data.byId.state(person.data.country),
          events: data.events.filter((e) => e.data.people.includes(person.id)),
        })),
      };
    case 'timeline':
      return {
        type: 'list',
        of,
        count: data.events.length,
        years: groupByYear(data.events).map(({ year, events }) => ({
          year,
          events: events.map((event) => ({
            event,
            countries: event.data.countries.map(data.byId.state),
          })),
        })),
        countries: data.states
          .filter((s) => data.events.some((e) => e.data.countries.includes(s.id)))
          .sort((a, b) => a.data.name.localeCompare(b.data.name, data.lang)),
        kinds: eventKinds.filter((kind) => data.events.some((e) => e.data.kind === kind)),
      };
    case 'states':
      return { type: 'list', of, groups: stateGroupsOf(data) };
    case 'sources':
      return { type: 'list', of, sources: data.sources };
    case 'glossary':
      return { type: 'list', of, terms: data.glossary };
    default:
      return { type: 'list', of };
  }
}

/** The home page's "as of" line: the newest dated source and its dated reprints, and the undated. */
function currencyOf(data: SiteData): Currency {
  const newest = newestDatedSource(data.sources);
  return {
    newest,
    reprints: newest ? reprintsOf(newest.id, data.sources).filter((s) => s.data.date) : [],
    undated: undatedSources(data.sources),
  };
}

/**
 * The routes of one kind of subject in an edition (for a template's getStaticPaths); `under` gives
 * the build benchmark's copies their own (see once).
 */
export async function routesOf<K extends Subject['type']>(
  type: K,
  lang: Lang,
  under = ''
): Promise<RouteOf<K>[]> {
  return (await allRoutes(lang, under)).filter((r): r is RouteOf<K> => r.subject.type === type);
}

const all = new Map<string, Promise<RouteData[]>>();

/**
 * Every page's route data in an edition, for what the build makes beside the pages (cards,
 * BibTeX, RIS, A–Z); `under` as in once.
 */
export function allRoutes(lang: Lang = 'en', under = ''): Promise<RouteData[]> {
  let routes = all.get(`${under} ${lang}`);
  if (!routes) {
    routes = (async () => {
      const data = await loadSiteData(lang);
      return Promise.all([
        ...data.pages.map((p) => pageRoute(p, lang, under)),
        ...data.states.map((s) => stateRoute(s, lang, under)),
        ...data.sources.map((s) => sourceRoute(s, lang, under)),
        ...data.events.map((e) => eventRoute(e, lang, under)),
        ...(Object.keys(LIST_PATHS) as ListKind[]).map((of) => listRoute(of, lang, under)),
        utilityRoute('search', lang, under),
        utilityRoute('not-found', lang, under),
      ]);
    })();
    all.set(`${under} ${lang}`, routes);
  }
  return routes;
}

/** Every page of every edition. */
export async function everyRoute(): Promise<RouteData[]> {
  return (await Promise.all(LANGS.map((lang) => allRoutes(lang)))).flat();
}

/**
 * The static paths of a route in every edition: `make(lang)` gives the edition's paths, and each
 * gets the `[...lang]` parameter (undefined for English, 'ru') and `lang` among its props.
 */
export async function editionPaths<P extends Record<string, string | undefined>, T extends object>(
  make: (lang: Lang) => Promise<{ params: P; props: T }[]> | { params: P; props: T }[]
) {
  const editions = await Promise.all(
    LANGS.map(async (lang) =>
      (await make(lang)).map(({ params, props }) => ({
        params: { ...params, lang: langParam(lang) },
        props: { ...props, lang },
      }))
    )
  );
  return editions.flat();
}

/** A list's breadcrumb: its title, at its path in the edition. */
function listCrumb(of: ListKind, lang: Lang): Crumb {
  return { name: listText(of, lang).title, path: LIST_PATHS[of].path };
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

/** What a component needs to speak the page's language: the edition, its strings and its links. */
export function editionOf(locals: App.Locals): { lang: Lang; t: UiStrings; urls: Urls } {
  const { lang } = routeOf(locals);
  return { lang, t: strings(lang), urls: urlsFor(lang) };
}
