/**
 * All content, loaded once per build and checked for broken references before any page renders.
 * Pages and components ask this module for data; they never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { compareDates } from './dates';
import { compareBySurname } from './names';
import { findUncitedSources, findUnknownReferences, type Known, type Reference } from './references';
import { citationsInMdx } from './citations';
import { findUncitedSections } from './sections';

export type Page = CollectionEntry<'pages'>;
export type State = CollectionEntry<'states'>;
export type Source = CollectionEntry<'sources'>;
export type Event = CollectionEntry<'events'>;
export type Person = CollectionEntry<'people'>;
export type Term = CollectionEntry<'glossary'>;

export interface SiteData {
  pages: Page[];
  states: State[];
  sources: Source[];
  events: Event[];
  people: Person[];
  glossary: Term[];
}

let cached: Promise<SiteData> | undefined;

/** Loads every collection (sorted for display) and validates cross-references; memoised. */
export function loadSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

const STATUS_ORDER = { member: 0, frozen: 1, former: 2 } as const;

async function load(): Promise<SiteData> {
  const [pages, states, sources, events, people, glossary] = await Promise.all([
    getCollection('pages'), getCollection('states'), getCollection('sources'),
    getCollection('events'), getCollection('people'), getCollection('glossary'),
  ]);
  const data: SiteData = {
    pages: pages.sort((a, b) => a.data.order - b.data.order),
    states: states.sort((a, b) => STATUS_ORDER[a.data.status] - STATUS_ORDER[b.data.status] || a.data.name.localeCompare(b.data.name)),
    sources: sources.sort((a, b) => a.data.file.localeCompare(b.data.file)),
    events: events.sort((a, b) => compareDates(a.data.date, b.data.date)),
    people: people.sort((a, b) => compareBySurname(a.data.name, b.data.name)),
    glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term)),
  };
  const known: Known = {
    sources: new Set(sources.map((s) => s.id)),
    states: new Set(states.map((s) => s.id)),
    people: new Set(people.map((p) => p.id)),
    events: new Set(events.map((e) => e.id)),
  };
  const references = collectReferences(data);
  const uncited = (['pages', 'states', 'sources'] as const).flatMap((folder) =>
    data[folder].flatMap((entry) => findUncitedSections(entry.filePath ?? `content/${folder}/${entry.id}.mdx`, entry.body ?? '')));
  const problems = [...findUnknownReferences(known, references), ...findUncitedSources(known, references), ...uncited];
  if (problems.length > 0) {
    throw new AstroError(
      `Content references ${problems.length === 1 ? 'a missing entry' : `${problems.length} missing entries`}`,
      problems.join('\n'),
    );
  }
  return data;
}

function collectReferences(data: SiteData): Reference[] {
  const refs: Reference[] = [];
  const add = (file: string, where: string, kind: keyof Known, ids: readonly string[]) => {
    for (const id of ids) refs.push({ file, where, kind, id });
  };
  const mdxFile = (folder: string, entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? `content/${folder}/${entry.id}.mdx`;

  for (const state of data.states) {
    const file = mdxFile('states', state);
    add(file, 'statusSources', 'sources', state.data.statusSources);
    add(file, 'leaders', 'people', state.data.leaders);
    state.data.membership.forEach((period, i) => {
      add(file, `membership[${i}].sources`, 'sources', period.sources);
      add(file, `membership[${i}]`, 'events', [period.event, period.endEvent].filter((e): e is string => e !== undefined));
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
    if (person.data.country) add('content/people/people.yaml', `person "${person.id}"`, 'states', [person.data.country]);
  }
  for (const term of data.glossary) add('content/glossary/glossary.yaml', `term "${term.id}"`, 'sources', term.data.sources);
  for (const [folder, entries] of [['pages', data.pages], ['states', data.states], ['sources', data.sources]] as const) {
    for (const entry of entries) add(mdxFile(folder, entry), '<Cite>', 'sources', citationsInMdx(entry.body ?? ''));
  }
  return refs;
}
