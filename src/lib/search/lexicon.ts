/**
 * The search lexicon, built from the content at build time and fetched by the search UI only when
 * a reader searches (src/pages/[...lang]/search/entities.json.ts, folded with the index's records into
 * search/lexicon.json by scripts/search-index.ts, with src/pages/[...lang]/search/vocabulary.json.ts):
 *
 * - entities: every state, person, glossary term and event with all its names — the spelling the
 *   site uses, the sourced aliases shown on the site, and the search-only names of
 *   content/search-names.yaml — and the URL of its own entry, so a query naming one lands there
 *   first (src/client/search/understand.ts);
 * - vocabulary (in the same file, front-coded by word-list.ts; read only when a query has a word
 *   that is no entity's name): every word of the content, lower-case and without diacritics, that
 *   misspelled words are corrected against.
 *
 * Pure: takes plain data and URL builders, returns JSON-ready data.
 */
import { formatPartialDate, MONTHS, mustParse } from '../content/dates';
import {
  eventFilters,
  kindFilter,
  profileFilters,
  SEARCH_KIND,
  type PageFilters,
  type SearchKind,
} from './kinds';
import { truncate } from '../site/text';
import { quotedPlainText } from '../translation/quoted-text';
import { writeWordList } from './word-list';
import { stemOf } from './stems';

export type EntityKind = 'state' | 'person' | 'term' | 'event';

export interface LexiconEntity {
  kind: EntityKind;
  /** The entry's title as the site shows it. */
  title: string;
  /** Its own entry: the profile, the person's or term's section, the event page. */
  url: string;
  /** The "kind" filter value of the page the entry lives on. */
  pageKind: SearchKind;
  /** A few words from the entry itself, shown under the title: a role, a status, a date. */
  blurb: string;
  /** The title, then the search-only names (content/search-names.yaml). */
  names: string[];
  /** The sourced aliases the entry shows ("Named in the sources as", "Also spelled"). */
  aliases: string[];
  /** Where a match on an alias lands, when not on `url`: a profile's "At a glance", which lists them. */
  aliasUrl?: string;
  /** The Pagefind filters of the page the entry lives on. */
  filters: PageFilters;
  /** For an event: the entries of the people and states it involves (their `url`s). */
  involves?: string[];
}

/**
 * Folded content words of three letters or more, sorted, each written as the letters it shares
 * with the one before and the rest (word-list.ts), separated by spaces.
 */
export type Vocabulary = string;

/** The content the lexicon is built from (a subset of SiteData's entries). */
export interface LexiconInput {
  states: {
    id: string;
    data: {
      name: string;
      aliases: string[];
      status: string;
      capital?: string | undefined;
    } & Record<string, unknown>;
    body?: string | undefined;
  }[];
  people: {
    id: string;
    data: { name: string; aliases: string[]; role: string } & Record<string, unknown>;
  }[];
  glossary: { id: string; data: { term: string; aliases: string[]; definition: string } }[];
  events: {
    id: string;
    data: {
      title: string;
      date: string;
      summary: string;
      countries: string[];
      people?: string[] | undefined;
    } & Record<string, unknown>;
  }[];
  pages: { data: Record<string, unknown>; body?: string | undefined }[];
  sources: { data: Record<string, unknown>; body?: string | undefined }[];
  searchNames: { data: { kind: EntityKind; target: string; names: string[] } }[];
}

export interface LexiconUrls {
  state(id: string, section?: string): string;
  people(id: string): string;
  glossary(id: string): string;
  event(id: string): string;
}

/**
 * The name, and for a date known to the month the name with the month ("… 2022 September"; in
 * the Russian edition also "… 2022 сентябрь", "… 2022 сентября", as a question names it).
 */
function withMonth(name: string, date: string, lang: 'en' | 'ru'): string[] {
  const { month } = mustParse(date);
  if (month === undefined) return [name];
  const russian =
    lang === 'ru'
      ? [
          formatPartialDate(date.slice(0, 7), 'ru'),
          formatPartialDate(date.slice(0, 7), 'ru', 'genitive'),
        ]
          .map((words) => words.split(' ')[0]!)
          .map((monthName) => `${name} ${monthName}`)
      : [];
  return [name, `${name} ${MONTHS[month - 1]}`, ...russian];
}

/** Blurbs stay short: every byte of the entity list is fetched when search opens. */
const BLURB_LENGTH = 60;

/**
 * The entities of an edition. `more` gives further search-only names of an entry: the Russian
 * names table's forms (content/ru/names.yaml: "Армении", "Пашиняна") in both editions, so that
 * Cyrillic finds an entry on the English site and every case form on the Russian one, and in the
 * Russian edition the English titles, so that Latin names work there too.
 */
export function buildEntities(
  input: Omit<LexiconInput, 'pages' | 'sources'>,
  urls: LexiconUrls,
  statusLabels: Record<string, string>,
  more: (kind: EntityKind, id: string) => string[] = () => [],
  lang: 'en' | 'ru' = 'en'
): LexiconEntity[] {
  const extra = (kind: EntityKind, id: string) => [
    ...input.searchNames
      .filter((n) => n.data.kind === kind && n.data.target === id)
      .flatMap((n) => n.data.names),
    ...more(kind, id),
  ];
  const stateName = new Map(input.states.map((s) => [s.id, s.data.name]));
  const names = (...lists: string[][]) => distinctByStem([...new Set(lists.flat())]);

  return [
    ...input.states.map((s): LexiconEntity => {
      // The capital in the edition's language is an alias too ("Ереван" lands on At a glance, as
      // "Yerevan" does); a search-only name that is also an alias counts as the alias.
      const aliases = names(s.data.aliases, s.data.capital ? [s.data.capital] : []);
      return {
        kind: 'state',
        title: s.data.name,
        url: urls.state(s.id),
        pageKind: SEARCH_KIND.profile,
        blurb: statusLabels[s.data.status] ?? s.data.status,
        names: names([s.data.name], extra('state', s.id)).filter(
          (name) => name === s.data.name || !aliases.includes(name)
        ),
        aliases,
        aliasUrl: urls.state(s.id, 'at-a-glance'),
        filters: profileFilters(s.data.name),
      };
    }),
    ...input.people.map((p): LexiconEntity => ({
      kind: 'person',
      title: p.data.name,
      url: urls.people(p.id),
      pageKind: SEARCH_KIND.person,
      blurb: truncate(quotedPlainText(p.data.role), BLURB_LENGTH),
      names: names([p.data.name], extra('person', p.id)),
      aliases: p.data.aliases,
      filters: kindFilter(SEARCH_KIND.person),
    })),
    ...input.glossary.map((t): LexiconEntity => ({
      kind: 'term',
      title: t.data.term,
      url: urls.glossary(t.id),
      pageKind: SEARCH_KIND.term,
      blurb: truncate(quotedPlainText(t.data.definition), BLURB_LENGTH),
      names: names([t.data.term], extra('term', t.id)),
      aliases: t.data.aliases,
      filters: kindFilter(SEARCH_KIND.term),
    })),
    ...input.events.map((e): LexiconEntity => ({
      kind: 'event',
      title: quotedPlainText(e.data.title),
      url: urls.event(e.id),
      pageKind: SEARCH_KIND.event,
      blurb: formatPartialDate(e.data.date, lang),
      // The id is a short name in its own right, made of the content's words: "kazakhstan-intervention-2022";
      // with the month added, a question that names it ("in September 2022") finds the event.
      names: names([quotedPlainText(e.data.title)], extra('event', e.id)),
      aliases: withMonth(e.id.replace(/-/g, ' '), e.data.date, lang),
      filters: eventFilters(
        mustParse(e.data.date).year,
        e.data.countries.map((id) => stateName.get(id) ?? id)
      ),
      involves: [
        ...(e.data.people ?? []).map((id) => urls.people(id)),
        ...e.data.countries.map((id) => urls.state(id)),
      ],
    })),
  ];
}

/**
 * Names without those that are only other endings of a name before them ("Армении", "Армению"
 * after "Армения"; stems.ts): search matches a name's words by their stems, so these cost bytes of
 * every first search (a fifth of the Russian lexicon's names) and find nothing more.
 */
export function distinctByStem(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = foldText(name)
      .replace(/[\u02BB\u02BC\u2018\u2019'`]/gu, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0)
      .map(stemOf)
      .join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every word of the content: data fields, and the MDX bodies' prose as their syntax trees read
 * (`proseOf`: the outline's, src/lib/content/mdx-outline.ts).
 */
export function buildVocabulary(
  input: LexiconInput,
  proseOf: (entry: LexiconInput['pages'][number]) => string
): Vocabulary {
  const text: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') text.push(markupToText(value));
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const list of [
    input.states,
    input.people,
    input.glossary,
    input.events,
    input.pages,
    input.sources,
  ]) {
    for (const entry of list) {
      collect(entry.data);
      if ('body' in entry && entry.body) text.push(proseOf(entry));
    }
  }
  return writeWordList(vocabulary(text.join(' ')));
}

/**
 * A data string to its words: <Q o="…"> tags, link targets and braces dropped. (MDX bodies are read
 * from their syntax trees instead.)
 */
function markupToText(value: string): string {
  return value
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/\{[^}]*\}/g, ' ');
}

/** Distinct folded words of three or more letters ("Kassym-Jomart" gives "kassym" and "jomart"). */
export function vocabulary(text: string): string[] {
  const words = new Set<string>();
  for (const word of foldText(text).match(/\p{L}[\p{L}\p{N}]*/gu) ?? [])
    if (word.length >= 3) words.add(word);
  return [...words].sort();
}

function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
