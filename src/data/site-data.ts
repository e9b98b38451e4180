/**
 * All content, loaded once per build and checked before any page renders: every cross-reference
 * and consistency rule runs here, whether or not a page draws the thing it checks. Pages and
 * components ask this module for data — the sorted lists, or one entry by id (`byId`) — and never
 * call getCollection or search the lists themselves.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { compareDates } from '../lib/content/dates';
import { compareBySurname } from '../lib/site/people-order';
import {
  findUncitedSources,
  findUnknownReferences,
  type Known,
  type Reference,
} from '../lib/content/cross-references';
import { findUncitedSections } from '../lib/content/sections';
import type { MdxOutline, OutlineCite } from '../lib/content/mdx-outline';
import { OUTLINE_KEY } from '../markdown/remark-page-outline';
import { findReprintProblems } from '../lib/citations/reprints';
import { checkPinpoints, type Citation, type Guide } from '../lib/citations/pinpoint-check';
import { sourceOf } from '../lib/citations/pinpoints';
import { findContentProblems, findMarkupProblems } from './content-checks';
import { entryFile } from './entry-file';
import { namesTable, russianSiteData, type NamesTable } from './translations';
import type { Lang } from '../i18n/langs';

export type Page = CollectionEntry<'pages'>;
export type State = CollectionEntry<'states'>;
export type Source = CollectionEntry<'sources'>;
export type Event = CollectionEntry<'events'>;
export type Person = CollectionEntry<'people'>;
export type Term = CollectionEntry<'glossary'>;
export type SearchNames = CollectionEntry<'searchNames'>;
/** An entry written in MDX, whose body has an outline. */
export type MdxEntry = Page | State | Source;

export interface SiteData {
  /** The edition: English, or Russian (each entry joined with its twin, src/data/translations.ts). */
  lang: Lang;
  pages: Page[];
  states: State[];
  sources: Source[];
  events: Event[];
  people: Person[];
  glossary: Term[];
  /** Search-only names (content/search-names.yaml), for the search lexicon only. */
  searchNames: SearchNames[];
  /** The Russian names table (content/ru/names.yaml): shown in the Russian edition, searched in both. */
  names: NamesTable;
  /** One entry by id; every id content names has been checked, so a miss is a bug in the code. */
  byId: Lookups;
  /**
   * An MDX entry's outline — its sections, and its <Cite>s and data-drawn components in document
   * order — read from its syntax tree as it compiled (src/markdown/remark-page-outline.ts).
   */
  outline(entry: MdxEntry): MdxOutline;
  /**
   * Whether an entry ("states/armenia", "events/cst-1992") has no Russian twin yet and shows its
   * English text (only while the Russian edition is incomplete, src/i18n/editions.ts).
   */
  untranslated(collection: string, id: string): boolean;
}

export interface Lookups {
  page(id: string): Page;
  state(id: string): State;
  source(id: string): Source;
  event(id: string): Event;
  person(id: string): Person;
  term(id: string): Term;
}

/** A getter over entries by id that fails loudly, naming the kind, on an id no entry has. */
function lookup<T extends { id: string }>(kind: string, entries: readonly T[]): (id: string) => T {
  const map = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const entry = map.get(id);
    if (!entry) throw new AstroError(`No ${kind} "${id}"`, `Known: ${[...map.keys()].join(', ')}`);
    return entry;
  };
}

const cached = new Map<Lang, Promise<SiteData>>();
/** Every MDX entry's outline, English and Russian, by its file. */
const outlines = new Map<string, MdxOutline>();

/**
 * Loads every collection (sorted for display) and validates cross-references; memoised. The
 * Russian edition is the English data joined with content/ru/ (src/data/translations.ts).
 */
export function loadSiteData(lang: Lang = 'en'): Promise<SiteData> {
  let data = cached.get(lang);
  if (!data) {
    data = lang === 'en' ? load() : loadRussian();
    cached.set(lang, data);
  }
  return data;
}

async function loadRussian(): Promise<SiteData> {
  const english = await loadSiteData('en');
  const { data, untranslated } = await russianSiteData(english, outlines);
  // Everything structural was checked on the English entries; the Russian bodies are text of
  // their own, so the markup policy reads them too (src/lib/content/mdx-policy.ts).
  const markup = findMarkupProblems(data, (entry) => {
    const outline = outlines.get(outlineKey(entry));
    if (!outline) throw new AstroError(`No outline for ${outlineKey(entry)}`);
    return outline;
  });
  if (markup.length > 0)
    throw new AstroError(
      `Content has markup the browser would block (${markup.length} ${markup.length === 1 ? 'problem' : 'problems'})`,
      markup.join('\n')
    );
  return withLookups({
    ...data,
    states: data.states.sort(
      (a, b) =>
        STATUS_ORDER[a.data.status] - STATUS_ORDER[b.data.status] ||
        a.data.name.localeCompare(b.data.name, 'ru')
    ),
    untranslated: (collection, id) => untranslated.has(`${collection}/${id}`),
  });
}

/** The lookups by id and the outline getter, over the entries of one edition. */
function withLookups(data: Omit<SiteData, 'byId' | 'outline'>): SiteData {
  return {
    ...data,
    byId: {
      page: lookup('page', data.pages),
      state: lookup('state', data.states),
      source: lookup('source', data.sources),
      event: lookup('event', data.events),
      person: lookup('person', data.people),
      term: lookup('term', data.glossary),
    },
    outline: (entry) => {
      const outline = outlines.get(outlineKey(entry));
      if (!outline) throw new AstroError(`No outline for ${outlineKey(entry)}`);
      return outline;
    },
  };
}

const STATUS_ORDER = { member: 0, frozen: 1, former: 2 } as const;

async function load(): Promise<SiteData> {
  const [pages, states, sources, events, people, glossary, searchNames, names] = await Promise.all([
    getCollection('pages'),
    getCollection('states'),
    getCollection('sources'),
    getCollection('events'),
    getCollection('people'),
    getCollection('glossary'),
    getCollection('searchNames'),
    getCollection('ruNames'),
  ]);
  // Rendered side by side: under `astro dev` each render() compiles its MDX body.
  const compiled = await Promise.all(
    [...pages, ...states, ...sources].map(
      async (entry) => [outlineKey(entry), await outlineOf(entry)] as const
    )
  );
  for (const [key, outline] of compiled) outlines.set(key, outline);
  const data: SiteData = withLookups({
    lang: 'en',
    pages: pages.sort((a, b) => a.data.order - b.data.order),
    states: states.sort(
      (a, b) =>
        STATUS_ORDER[a.data.status] - STATUS_ORDER[b.data.status] ||
        a.data.name.localeCompare(b.data.name)
    ),
    sources: sources.sort((a, b) => a.data.file.localeCompare(b.data.file)),
    events: events.sort((a, b) => compareDates(a.data.date, b.data.date)),
    people: people.sort((a, b) => compareBySurname(a.data.name, b.data.name)),
    glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term)),
    searchNames,
    names: namesTable(names.map((n) => n.data)),
    untranslated: () => false,
  });
  const known: Known = {
    sources: new Set(sources.map((s) => s.id)),
    states: new Set(states.map((s) => s.id)),
    people: new Set(people.map((p) => p.id)),
    events: new Set(events.map((e) => e.id)),
    terms: new Set(glossary.map((t) => t.id)),
  };
  const citations: Citation[] = [];
  const references = collectReferences(data, citations);
  const guides = new Map<string, Guide>(
    sources.map((s) => [
      s.id,
      {
        count: s.data.paragraphs.length,
        described: new Set(s.data.paragraphs.filter((p) => p.gist).map((p) => p.n)),
      },
    ])
  );
  const emptyCites = (['pages', 'states', 'sources'] as const).flatMap((folder) =>
    data[folder].flatMap((entry) =>
      citesOf(data.outline(entry))
        .filter((cite) => cite.refs.length === 0)
        .map(
          (cite) =>
            `${entryFile(folder, entry)}: ${cite.tag} names no source; write <Cite s="forbes:4" /> with one or more source paragraphs`
        )
    )
  );
  const uncited = (['pages', 'states', 'sources'] as const).flatMap((folder) =>
    data[folder].flatMap((entry) =>
      findUncitedSections(entryFile(folder, entry), data.outline(entry))
    )
  );
  const { membership, markup, unmapped } = findContentProblems(data);
  const groups: [string, string[]][] = [
    ['names an entry that does not exist', findUnknownReferences(known, references)],
    ['has a bad citation', [...emptyCites, ...checkPinpoints(citations, guides)]],
    ['has a reprint that names no original', findReprintProblems(sources)],
    ['has a section that cites nothing', uncited],
    ['has a source that nothing cites', findUncitedSources(known, references)],
    ['has membership periods that cannot be true', membership],
    ['has markup the browser would block', markup],
    ['has a state the map cannot draw', unmapped],
  ];
  const found = groups.filter(([, problems]) => problems.length > 0);
  if (found.length > 0) {
    const count = found.reduce((sum, [, problems]) => sum + problems.length, 0);
    throw new AstroError(
      `Content ${found.map(([what]) => what).join('; ')} (${count} ${count === 1 ? 'problem' : 'problems'})`,
      found.flatMap(([, problems]) => problems).join('\n')
    );
  }
  return data;
}

/** Every id a content file names; citations are also collected, as written, into `citations`. */
function collectReferences(data: SiteData, citations: Citation[]): Reference[] {
  const refs: Reference[] = [];
  const add = (file: string, where: string, kind: keyof Known, ids: readonly string[]) => {
    for (const raw of ids) {
      if (kind === 'sources') citations.push({ file, where, raw });
      refs.push({ file, where, kind, id: kind === 'sources' ? sourceOf(raw) : raw });
    }
  };

  for (const state of data.states) {
    const file = entryFile('states', state);
    add(file, 'statusSources', 'sources', state.data.statusSources);
    add(file, 'leaders', 'people', state.data.leaders);
    state.data.membership.forEach((period, i) => {
      add(file, `membership[${i}].sources`, 'sources', period.sources);
      add(
        file,
        `membership[${i}]`,
        'events',
        [period.event, period.endEvent].filter((e): e is string => e !== undefined)
      );
    });
  }
  for (const event of data.events) {
    const where = `event "${event.id}"`;
    add('content/events/events.yaml', where, 'sources', event.data.sources);
    add('content/events/events.yaml', where, 'states', event.data.countries);
    add('content/events/events.yaml', where, 'people', event.data.people);
  }
  for (const person of data.people) {
    add('content/people/people.yaml', `person "${person.id}"`, 'sources', person.data.sources);
    if (person.data.country)
      add('content/people/people.yaml', `person "${person.id}"`, 'states', [person.data.country]);
  }
  for (const term of data.glossary)
    add('content/glossary/glossary.yaml', `term "${term.id}"`, 'sources', term.data.sources);
  const namedKind = { state: 'states', person: 'people', term: 'terms', event: 'events' } as const;
  for (const entry of data.searchNames) {
    add(
      'content/search-names.yaml',
      `${entry.data.kind} "${entry.data.target}"`,
      namedKind[entry.data.kind],
      [entry.data.target]
    );
  }
  for (const [folder, entries] of [
    ['pages', data.pages],
    ['states', data.states],
    ['sources', data.sources],
  ] as const) {
    for (const entry of entries)
      add(
        entryFile(folder, entry),
        '<Cite>',
        'sources',
        citesOf(data.outline(entry)).flatMap((cite) => cite.refs)
      );
  }
  return refs;
}

/** An outline is the file's: a Russian entry keeps its English collection and id but not its file. */
const outlineKey = (entry: MdxEntry) => entry.filePath ?? `${entry.collection}/${entry.id}`;
const citesOf = (outline: MdxOutline): OutlineCite[] =>
  outline.items.filter((item): item is OutlineCite => item.kind === 'cite');

/** The outline the page-outline plugin recorded as the entry compiled. */
async function outlineOf(entry: MdxEntry): Promise<MdxOutline> {
  const { remarkPluginFrontmatter } = await render(entry);
  const outline = (remarkPluginFrontmatter as { [OUTLINE_KEY]?: MdxOutline })[OUTLINE_KEY];
  if (!outline)
    throw new AstroError(
      `${entryFile(entry.collection, entry)} has no outline`,
      'The remark plugin remarkPageOutline (src/markdown/remark-page-outline.ts) must be in the Markdown processor of astro.config.mjs.'
    );
  return outline;
}
