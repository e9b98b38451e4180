/**
 * Open data: the timeline, every state's membership periods, the people and the glossary as
 * tables, built from the same content the pages show (never a copy kept by hand), each row with
 * its id, its page URL and its source references exactly as the content writes them ("forbes",
 * or "forbes:4" with a paragraph pinpoint). Served as CSV and JSON under /data/ and described,
 * column by column, on the /data/ page; both come from DATASETS below.
 */
import { stringify } from 'csv-stringify/sync';
import type { Event, Person, State, Term } from '../data/site-data';
import { mustParse } from './dates';

export interface Column {
  name: string;
  description: string;
  /** A list: an array in JSON; in CSV its items joined by `separator`. */
  list?: boolean;
}

export type Row = Record<string, string | string[]>;

export const DATASET_IDS = ['timeline', 'memberships', 'people', 'glossary'] as const;

export interface Dataset {
  id: (typeof DATASET_IDS)[number];
  title: string;
  description: string;
  columns: Column[];
  rows: Row[];
}

export interface OpenDataInput {
  events: readonly Event[];
  states: readonly State[];
  people: readonly Person[];
  glossary: readonly Term[];
  /** Absolute URL of a page: ("event", id), ("state", id), ("person", id), ("term", id). */
  pageUrl: (kind: 'event' | 'state' | 'person' | 'term', id: string) => string;
}

/** How a list's items are joined in a CSV cell: references and ids never contain a space; names can. */
const SPACE = ' ';
const BAR = ' | ';

const SOURCES: Column = { name: 'sources', list: true, description: 'The source references that support the row, space-separated in CSV: a source id (see /sources/), optionally with a paragraph pinpoint after a colon, e.g. forbes:4.' };
const PAGE_URL: Column = { name: 'page_url', description: 'The page (or the #section of a page) on this site that shows the row.' };

const COLUMNS = {
  timeline: [
    { name: 'id', description: 'Stable id of the event; also its anchor on the timeline page.' },
    { name: 'date', description: 'YYYY, YYYY-MM or YYYY-MM-DD: as precise as the sources allow, and no more.' },
    { name: 'date_precision', description: 'year, month or day: the precision of date.' },
    { name: 'date_note', description: 'How the date is known, where the sources leave it open (may be empty).' },
    { name: 'title', description: 'Short title, in our words.' },
    { name: 'kind', description: 'founding, membership, conflict, intervention, exercise, diplomacy, statement, arms, report or war.' },
    { name: 'countries', list: true, description: 'Ids of the states involved (see memberships), space-separated in CSV.' },
    { name: 'people', list: true, description: 'Ids of the people involved (see people), space-separated in CSV.' },
    { name: 'summary', description: 'One paragraph, in our words, saying which source says what.' },
    SOURCES,
    PAGE_URL,
  ],
  memberships: [
    { name: 'id', description: 'Id of the period: the state id and the period\'s number, oldest first (armenia-1).' },
    { name: 'state_id', description: 'Id of the state; its profile is /states/<state_id>/.' },
    { name: 'state', description: 'The state\'s name.' },
    { name: 'status', description: 'member or frozen: the state\'s standing in the bloc during the period.' },
    { name: 'from', description: 'When the period began: YYYY, YYYY-MM or YYYY-MM-DD.' },
    { name: 'to', description: 'When it ended, in the same form; empty while it lasts, or when no source dates its end (see ended_by).' },
    { name: 'ended_by', description: 'When no source dates the end: the latest date by which it had ended (its standing before then is unknown); empty otherwise.' },
    { name: 'from_event', description: 'Id of the timeline event that began it (may be empty).' },
    { name: 'to_event', description: 'Id of the timeline event that ended it (may be empty).' },
    { name: 'note', description: 'A remark, e.g. where the sources differ (may be empty).' },
    { name: 'current_status', description: 'The state\'s standing as the most recent sources give it: member, frozen or former.' },
    SOURCES,
    PAGE_URL,
  ],
  people: [
    { name: 'id', description: 'Stable id; also the person\'s anchor on the people page.' },
    { name: 'name', description: 'The spelling this site uses.' },
    { name: 'aliases', list: true, description: 'Every other spelling the sources use; separated by " | " in CSV.' },
    { name: 'role', description: 'Who they are, as the sources describe them.' },
    { name: 'kind', description: 'leader, official, politician, analyst, commentator or author.' },
    { name: 'country', description: 'Id of their state, where one applies (may be empty).' },
    { name: 'summary', description: 'What the sources say of them, in our words.' },
    SOURCES,
    PAGE_URL,
  ],
  glossary: [
    { name: 'id', description: 'Stable id; also the term\'s anchor on the glossary page.' },
    { name: 'term', description: 'The term.' },
    { name: 'aliases', list: true, description: 'Abbreviations and other names; separated by " | " in CSV.' },
    { name: 'definition', description: 'What it means as the sources use it, in our words.' },
    SOURCES,
    PAGE_URL,
  ],
} satisfies Record<Dataset['id'], Column[]>;

export function datasets({ events, states, people, glossary, pageUrl }: OpenDataInput): Dataset[] {
  return [
    {
      id: 'timeline', title: 'Timeline', columns: COLUMNS.timeline,
      description: 'Every dated event the five sources mention, oldest first.',
      rows: events.map((e) => ({
        id: e.id, date: e.data.date, date_precision: mustParse(e.data.date).precision, date_note: e.data.dateNote ?? '',
        title: e.data.title, kind: e.data.kind, countries: e.data.countries, people: e.data.people, summary: e.data.summary,
        sources: e.data.sources, page_url: pageUrl('event', e.id),
      })),
    },
    {
      id: 'memberships', title: 'Membership periods', columns: COLUMNS.memberships,
      description: 'Every period of each member and former member state in the bloc, oldest first.',
      rows: states.flatMap((s) => s.data.membership.map((p, i) => ({
        id: `${s.id}-${i + 1}`, state_id: s.id, state: s.data.name, status: p.status, from: p.from, to: p.to ?? '', ended_by: p.endedBy ?? '',
        from_event: p.event ?? '', to_event: p.endEvent ?? '', note: p.note ?? '', current_status: s.data.status,
        sources: p.sources, page_url: pageUrl('state', s.id),
      }))),
    },
    {
      id: 'people', title: 'People', columns: COLUMNS.people,
      description: 'Everyone the sources name, A to Z.',
      rows: people.map((p) => ({
        id: p.id, name: p.data.name, aliases: p.data.aliases, role: p.data.role, kind: p.data.kind, country: p.data.country ?? '',
        summary: p.data.summary, sources: p.data.sources, page_url: pageUrl('person', p.id),
      })),
    },
    {
      id: 'glossary', title: 'Glossary', columns: COLUMNS.glossary,
      description: 'Terms as the sources use them, A to Z.',
      rows: glossary.map((t) => ({
        id: t.id, term: t.data.term, aliases: t.data.aliases, definition: t.data.definition, sources: t.data.sources, page_url: pageUrl('term', t.id),
      })),
    },
  ];
}

/** The CSV separator of a list column. */
export function listSeparator(column: Column): string {
  return column.name === 'aliases' ? BAR : SPACE;
}

/** CSV (RFC 4180, a header row, UTF-8): lists joined by their separator. */
export function toCsv(dataset: Dataset): string {
  const cell = (column: Column, value: string | string[] | undefined) => (Array.isArray(value) ? value.join(listSeparator(column)) : value ?? '');
  return stringify(dataset.rows.map((row) => dataset.columns.map((c) => cell(c, row[c.name]))), { header: true, columns: dataset.columns.map((c) => c.name) });
}

/** JSON: the dataset's name and description, its columns, and its rows as objects (lists as arrays). */
export function toJson(dataset: Dataset): string {
  const { id, title, description, columns, rows } = dataset;
  return `${JSON.stringify({ id, title, description, columns: columns.map(({ name, description: d }) => ({ name, description: d })), rows }, null, 2)}\n`;
}

/** Where the files are served, below the base path. */
export const dataPath = (id: Dataset['id'], format: 'csv' | 'json') => `/data/${id}.${format}`;
