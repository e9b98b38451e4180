/**
 * What a built page is, worked out from its path and the content: the kind a reader is told
 * (on its preview card and in its structured data), a detail (a state's status, an event's date),
 * the entry it presents, its breadcrumbs and the content files it is written from.
 * One owner for this, so the preview card, the citation metadata and the JSON-LD agree.
 */
import type { Event, Page, Person, Source, State, Term } from '../data/site-data';
import { PAGE_KIND_LABELS, STATUS_LABELS } from './labels';
import { SEARCH_KIND } from './search-kinds';
import { formatPartialDate } from './dates';
import { citationsInMdx } from './citations';

export type Subject =
  | { type: 'page'; page: Page }
  | { type: 'state'; state: State }
  | { type: 'event'; event: Event }
  | { type: 'source'; source: Source }
  | {
      type: 'list';
      of: 'states' | 'timeline' | 'sources' | 'people' | 'glossary' | 'data' | 'index';
    }
  | { type: 'utility' };

export interface Crumb {
  name: string;
  /** Path below the base path, e.g. "/states/". */
  path: string;
}

export interface PageIdentity {
  /** "Profile", "Event", "Analysis"… */
  kind: string;
  /** A state's status or an event's date, in words. */
  detail?: string | undefined;
  /** What the preview card calls the page when not its title (an event without its date, which the detail gives). */
  cardTitle?: string | undefined;
  subject: Subject;
  /** The pages above this one, home first (this page itself not included). */
  crumbs: Crumb[];
  /** Content files the page is written from, relative to the project (for its dates). */
  files: string[];
  /** Ids of the source articles the page draws on, in the order of content/sources. */
  sourceIds: string[];
}

export interface ContentForIdentity {
  pages: readonly Page[];
  states: readonly State[];
  events: readonly Event[];
  sources: readonly Source[];
  people: readonly Person[];
  glossary: readonly Term[];
}

const HOME: Crumb = { name: 'Home', path: '/' };
const LISTS = {
  states: { kind: 'Member states', name: 'Member states', files: ['content/states'] },
  timeline: { kind: 'Timeline', name: 'Timeline', files: ['content/events/events.yaml'] },
  sources: { kind: 'Sources', name: 'Sources', files: ['content/sources'] },
  people: { kind: 'People', name: 'People', files: ['content/people/people.yaml'] },
  glossary: { kind: 'Glossary', name: 'Glossary', files: ['content/glossary/glossary.yaml'] },
  data: { kind: 'Open data', name: 'Open data', files: ['content'] },
  index: { kind: 'Index', name: 'A–Z index', files: ['content'] },
} as const;
const LIST_PATHS: Record<string, keyof typeof LISTS> = {
  '/states/': 'states',
  '/timeline/': 'timeline',
  '/sources/': 'sources',
  '/people/': 'people',
  '/glossary/': 'glossary',
  '/data/': 'data',
  '/a-z/': 'index',
};

/** `path` is below the base path: "/", "/states/armenia/", "/404.html". */
export function identifyPage(path: string, content: ContentForIdentity): PageIdentity {
  const found = identify(path, content);
  const refs = referencesOf(found.subject, content);
  const ids = new Set(refs.map((ref) => ref.split(':')[0]));
  return { ...found, sourceIds: content.sources.map((s) => s.id).filter((id) => ids.has(id)) };
}

/** A source reference is "forbes" or "forbes:4" (a paragraph pinpoint): the id is before the colon. */
function referencesOf(subject: Subject, content: ContentForIdentity): string[] {
  switch (subject.type) {
    case 'page':
      return citationsInMdx(subject.page.body ?? '');
    case 'state':
      return [
        ...citationsInMdx(subject.state.body ?? ''),
        ...subject.state.data.statusSources,
        ...subject.state.data.membership.flatMap((p) => p.sources),
      ];
    case 'event':
      return subject.event.data.sources;
    case 'source':
      return [subject.source.id];
    case 'list':
      if (subject.of === 'timeline') return content.events.flatMap((e) => e.data.sources);
      if (subject.of === 'people') return content.people.flatMap((p) => p.data.sources);
      if (subject.of === 'glossary') return content.glossary.flatMap((t) => t.data.sources);
      if (subject.of === 'states')
        return content.states.flatMap((s) => [
          ...s.data.statusSources,
          ...s.data.membership.flatMap((p) => p.sources),
        ]);
      return content.sources.map((s) => s.id);
    case 'utility':
      return [];
  }
}

function identify(path: string, content: ContentForIdentity): Omit<PageIdentity, 'sourceIds'> {
  const [section, id] = path.split('/').filter(Boolean);
  if (path === '/') {
    const home = content.pages.find((p) => p.id === 'index');
    if (home)
      return {
        kind: PAGE_KIND_LABELS[home.data.kind],
        subject: { type: 'page', page: home },
        crumbs: [],
        files: [`content/pages/index.mdx`],
      };
  }
  const list = LIST_PATHS[path];
  if (list)
    return {
      kind: LISTS[list].kind,
      subject: { type: 'list', of: list },
      crumbs: [HOME],
      files: [...LISTS[list].files],
    };
  if (section === 'states' && id) {
    const state = content.states.find((s) => s.id === id);
    if (state)
      return {
        kind: SEARCH_KIND.profile,
        detail: STATUS_LABELS[state.data.status],
        subject: { type: 'state', state },
        crumbs: [HOME, { name: LISTS.states.name, path: '/states/' }],
        files: [`content/states/${id}.mdx`],
      };
  }
  if (section === 'timeline' && id) {
    const event = content.events.find((e) => e.id === id);
    if (event)
      return {
        kind: SEARCH_KIND.event,
        detail: formatPartialDate(event.data.date),
        cardTitle: event.data.title,
        subject: { type: 'event', event },
        crumbs: [HOME, { name: LISTS.timeline.name, path: '/timeline/' }],
        files: ['content/events/events.yaml'],
      };
  }
  if (section === 'sources' && id) {
    const source = content.sources.find((s) => s.id === id);
    if (source)
      return {
        kind: SEARCH_KIND.source,
        detail: source.data.outlet ?? undefined,
        subject: { type: 'source', source },
        crumbs: [HOME, { name: LISTS.sources.name, path: '/sources/' }],
        files: [`content/sources/${id}.mdx`],
      };
  }
  if (section && !id) {
    const page = content.pages.find((p) => p.id === section);
    if (page)
      return {
        kind: PAGE_KIND_LABELS[page.data.kind],
        subject: { type: 'page', page },
        crumbs: [HOME],
        files: [`content/pages/${page.id}.mdx`],
      };
  }
  return { kind: 'Page', subject: { type: 'utility' }, crumbs: [HOME], files: ['content'] };
}
