/**
 * Open data: the timeline, every state's membership periods, the people and the glossary as
 * tables, built from the same content the pages show (never a copy kept by hand), each row with
 * its id, its page URL and its source references exactly as the content writes them ("forbes",
 * or "forbes:4" with a paragraph pinpoint). Served as CSV and JSON under /data/ and described,
 * column by column, on the /data/ page; both come from datasets() below, where each column is
 * named once, with its description and the value each row gives it.
 */
import { stringify } from 'csv-stringify/sync';
import type { Event, Person, State, Term } from '../data/site-data';
import { mustParse } from './dates';
import { eventKinds } from '../schemas/event';
import { personKinds } from '../schemas/person';
import { statuses } from '../schemas/state';

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

/** A column and how each item of its table fills it: the one place a column is named. */
interface ColumnOf<T> extends Column {
  value: (item: T) => string | string[];
}

/** The columns and rows of one table, every row filled by the columns' own getters. */
function table<T>(
  items: readonly T[],
  columns: readonly ColumnOf<T>[]
): Pick<Dataset, 'columns' | 'rows'> {
  return {
    columns: columns.map(({ value: _value, ...column }) => column),
    rows: items.map((item) =>
      Object.fromEntries(columns.map((column) => [column.name, column.value(item)]))
    ),
  };
}

const oneOf = (values: readonly string[]) =>
  `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

const sources = <T>(get: (item: T) => string[]): ColumnOf<T> => ({
  name: 'sources',
  list: true,
  value: get,
  description:
    'The source references that support the row, space-separated in CSV: a source id (see /sources/), optionally with a paragraph pinpoint after a colon, e.g. forbes:4.',
});
const pageUrl = <T>(get: (item: T) => string): ColumnOf<T> => ({
  name: 'page_url',
  value: get,
  description: 'The page (or the #section of a page) on this site that shows the row.',
});

interface PeriodRow {
  state: State;
  period: State['data']['membership'][number];
  n: number;
}

export function datasets({
  events,
  states,
  people,
  glossary,
  pageUrl: url,
}: OpenDataInput): Dataset[] {
  const periods: PeriodRow[] = states.flatMap((state) =>
    state.data.membership.map((period, i) => ({ state, period, n: i + 1 }))
  );
  return [
    {
      id: 'timeline',
      title: 'Timeline',
      description: 'Every dated event the five sources mention, oldest first.',
      ...table<Event>(events, [
        {
          name: 'id',
          value: (e) => e.id,
          description: 'Stable id of the event; also its anchor on the timeline page.',
        },
        {
          name: 'date',
          value: (e) => e.data.date,
          description: 'YYYY, YYYY-MM or YYYY-MM-DD: as precise as the sources allow, and no more.',
        },
        {
          name: 'date_precision',
          value: (e) => mustParse(e.data.date).precision,
          description: 'year, month or day: the precision of date.',
        },
        {
          name: 'date_note',
          value: (e) => e.data.dateNote ?? '',
          description: 'How the date is known, where the sources leave it open (may be empty).',
        },
        { name: 'title', value: (e) => e.data.title, description: 'Short title, in our words.' },
        { name: 'kind', value: (e) => e.data.kind, description: `${oneOf(eventKinds)}.` },
        {
          name: 'countries',
          list: true,
          value: (e) => e.data.countries,
          description: 'Ids of the states involved (see memberships), space-separated in CSV.',
        },
        {
          name: 'people',
          list: true,
          value: (e) => e.data.people,
          description: 'Ids of the people involved (see people), space-separated in CSV.',
        },
        {
          name: 'summary',
          value: (e) => e.data.summary,
          description: 'One paragraph, in our words, saying which source says what.',
        },
        sources((e) => e.data.sources),
        pageUrl((e) => url('event', e.id)),
      ]),
    },
    {
      id: 'memberships',
      title: 'Membership periods',
      description: 'Every period of each member and former member state in the bloc, oldest first.',
      ...table<PeriodRow>(periods, [
        {
          name: 'id',
          value: (r) => `${r.state.id}-${r.n}`,
          description:
            "Id of the period: the state id and the period's number, oldest first (armenia-1).",
        },
        {
          name: 'state_id',
          value: (r) => r.state.id,
          description: 'Id of the state; its profile is /states/<state_id>/.',
        },
        { name: 'state', value: (r) => r.state.data.name, description: "The state's name." },
        {
          name: 'status',
          value: (r) => r.period.status,
          description: "member or frozen: the state's standing in the bloc during the period.",
        },
        {
          name: 'from',
          value: (r) => r.period.from,
          description: 'When the period began: YYYY, YYYY-MM or YYYY-MM-DD.',
        },
        {
          name: 'to',
          value: (r) => r.period.to ?? '',
          description:
            'When it ended, in the same form; empty while it lasts, or when no source dates its end (see ended_by).',
        },
        {
          name: 'ended_by',
          value: (r) => r.period.endedBy ?? '',
          description:
            'When no source dates the end: the latest date by which it had ended (its standing before then is unknown); empty otherwise.',
        },
        {
          name: 'from_event',
          value: (r) => r.period.event ?? '',
          description: 'Id of the timeline event that began it (may be empty).',
        },
        {
          name: 'to_event',
          value: (r) => r.period.endEvent ?? '',
          description: 'Id of the timeline event that ended it (may be empty).',
        },
        {
          name: 'note',
          value: (r) => r.period.note ?? '',
          description: 'A remark, e.g. where the sources differ (may be empty).',
        },
        {
          name: 'current_status',
          value: (r) => r.state.data.status,
          description: `The state's standing as the most recent sources give it: ${oneOf(statuses)}.`,
        },
        sources((r) => r.period.sources),
        pageUrl((r) => url('state', r.state.id)),
      ]),
    },
    {
      id: 'people',
      title: 'People',
      description: 'Everyone the sources name, A to Z.',
      ...table<Person>(people, [
        {
          name: 'id',
          value: (p) => p.id,
          description: "Stable id; also the person's anchor on the people page.",
        },
        { name: 'name', value: (p) => p.data.name, description: 'The spelling this site uses.' },
        {
          name: 'aliases',
          list: true,
          value: (p) => p.data.aliases,
          description: 'Every other spelling the sources use; separated by " | " in CSV.',
        },
        {
          name: 'role',
          value: (p) => p.data.role,
          description: 'Who they are, as the sources describe them.',
        },
        { name: 'kind', value: (p) => p.data.kind, description: `${oneOf(personKinds)}.` },
        {
          name: 'country',
          value: (p) => p.data.country ?? '',
          description: 'Id of their state, where one applies (may be empty).',
        },
        {
          name: 'summary',
          value: (p) => p.data.summary,
          description: 'What the sources say of them, in our words.',
        },
        sources((p) => p.data.sources),
        pageUrl((p) => url('person', p.id)),
      ]),
    },
    {
      id: 'glossary',
      title: 'Glossary',
      description: 'Terms as the sources use them, A to Z.',
      ...table<Term>(glossary, [
        {
          name: 'id',
          value: (t) => t.id,
          description: "Stable id; also the term's anchor on the glossary page.",
        },
        { name: 'term', value: (t) => t.data.term, description: 'The term.' },
        {
          name: 'aliases',
          list: true,
          value: (t) => t.data.aliases,
          description: 'Abbreviations and other names; separated by " | " in CSV.',
        },
        {
          name: 'definition',
          value: (t) => t.data.definition,
          description: 'What it means as the sources use it, in our words.',
        },
        sources((t) => t.data.sources),
        pageUrl((t) => url('term', t.id)),
      ]),
    },
  ];
}

/** The CSV separator of a list column. */
export function listSeparator(column: Column): string {
  return column.name === 'aliases' ? BAR : SPACE;
}

/** CSV (RFC 4180, a header row, UTF-8): lists joined by their separator. */
export function toCsv(dataset: Dataset): string {
  const cell = (column: Column, value: string | string[] | undefined) =>
    Array.isArray(value) ? value.join(listSeparator(column)) : (value ?? '');
  return stringify(
    dataset.rows.map((row) => dataset.columns.map((c) => cell(c, row[c.name]))),
    { header: true, columns: dataset.columns.map((c) => c.name) }
  );
}

/** JSON: the dataset's name and description, its columns, and its rows as objects (lists as arrays). */
export function toJson(dataset: Dataset): string {
  const { id, title, description, columns, rows } = dataset;
  return `${JSON.stringify({ id, title, description, columns: columns.map(({ name, description: d }) => ({ name, description: d })), rows }, null, 2)}\n`;
}

/** Where the files are served, below the base path. */
export const dataPath = (id: Dataset['id'], format: 'csv' | 'json') => `/data/${id}.${format}`;
