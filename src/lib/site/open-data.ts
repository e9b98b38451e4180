/**
 * Open data: the timeline, every state's membership periods, the people and the glossary as
 * tables, built from the same content the pages show (never a copy kept by hand), each row with
 * its id, its page URL and its source references exactly as the content writes them ("forbes",
 * or "forbes:4" with a paragraph pinpoint). Served as CSV and JSON under /data/ and described,
 * column by column, on the /data/ page; both come from datasets() below, where each column is
 * named once, with its description and the value each row gives it.
 */
import { stringify } from 'csv-stringify/sync';
import type { Event, Person, State, Term } from '../../data/site-data';
import { mustParse } from '../content/dates';
import { eventKinds } from '../../schemas/event';
import { personKinds } from '../../schemas/person';
import { statuses } from '../../schemas/state';
import { ui as english } from '../../i18n/en';
import { quotedPlainText } from '../translation/quoted-text';

/** The datasets' titles and column descriptions in an edition (the dictionary's `openData`). */
export type OpenDataWords = typeof english.openData;

export interface Column {
  name: string;
  description: string;
  /** A list: an array in JSON; in CSV its items joined by `separator`. */
  list?: boolean;
}

export type Row = Record<string, string | string[]>;

export const DATASET_IDS = ['timeline', 'memberships', 'people', 'glossary'] as const;

/** The datasets' ids and titles, in order, without building their data (the /data/ page's outline). */
export const datasetTitles = (w: OpenDataWords = english.openData) =>
  DATASET_IDS.map((id) => ({ id, title: w[id].title }));

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

const sources = <T>(get: (item: T) => string[], w: OpenDataWords): ColumnOf<T> => ({
  name: 'sources',
  list: true,
  value: get,
  description: w.sources,
});
const pageUrl = <T>(get: (item: T) => string, w: OpenDataWords): ColumnOf<T> => ({
  name: 'page_url',
  value: get,
  description: w.pageUrl,
});
/** Prose from the content as a reader sees it: a Russian quotation's markup becomes «…». */
const prose = (text: string | undefined) => (text === undefined ? '' : quotedPlainText(text));

interface PeriodRow {
  state: State;
  period: State['data']['membership'][number];
  n: number;
}

export function datasets(
  { events, states, people, glossary, pageUrl: url }: OpenDataInput,
  w: OpenDataWords = english.openData
): Dataset[] {
  const { oneOf } = w;
  const periods: PeriodRow[] = states.flatMap((state) =>
    state.data.membership.map((period, i) => ({ state, period, n: i + 1 }))
  );
  return [
    {
      id: 'timeline',
      title: w.timeline.title,
      description: w.timeline.description,
      ...table<Event>(events, [
        {
          name: 'id',
          value: (e) => e.id,
          description: w.timeline.id,
        },
        {
          name: 'date',
          value: (e) => e.data.date,
          description: w.timeline.date,
        },
        {
          name: 'date_precision',
          value: (e) => mustParse(e.data.date).precision,
          description: w.timeline.date_precision,
        },
        {
          name: 'date_note',
          value: (e) => prose(e.data.dateNote),
          description: w.timeline.date_note,
        },
        { name: 'title', value: (e) => prose(e.data.title), description: w.timeline.title_ },
        { name: 'kind', value: (e) => e.data.kind, description: `${oneOf(eventKinds)}.` },
        {
          name: 'countries',
          list: true,
          value: (e) => e.data.countries,
          description: w.timeline.countries,
        },
        {
          name: 'people',
          list: true,
          value: (e) => e.data.people,
          description: w.timeline.people,
        },
        {
          name: 'summary',
          value: (e) => prose(e.data.summary),
          description: w.timeline.summary,
        },
        sources((e) => e.data.sources, w),
        pageUrl((e) => url('event', e.id), w),
      ]),
    },
    {
      id: 'memberships',
      title: w.memberships.title,
      description: w.memberships.description,
      ...table<PeriodRow>(periods, [
        {
          name: 'id',
          value: (r) => `${r.state.id}-${r.n}`,
          description: w.memberships.id,
        },
        {
          name: 'state_id',
          value: (r) => r.state.id,
          description: w.memberships.state_id,
        },
        { name: 'state', value: (r) => r.state.data.name, description: w.memberships.state },
        {
          name: 'status',
          value: (r) => r.period.status,
          description: w.memberships.status,
        },
        {
          name: 'from',
          value: (r) => r.period.from,
          description: w.memberships.from,
        },
        {
          name: 'to',
          value: (r) => r.period.to ?? '',
          description: w.memberships.to,
        },
        {
          name: 'ended_by',
          value: (r) => r.period.endedBy ?? '',
          description: w.memberships.ended_by,
        },
        {
          name: 'from_event',
          value: (r) => r.period.event ?? '',
          description: w.memberships.from_event,
        },
        {
          name: 'to_event',
          value: (r) => r.period.endEvent ?? '',
          description: w.memberships.to_event,
        },
        {
          name: 'note',
          value: (r) => prose(r.period.note),
          description: w.memberships.note,
        },
        {
          name: 'current_status',
          value: (r) => r.state.data.status,
          description: w.memberships.current_status(oneOf(statuses)),
        },
        sources((r) => r.period.sources, w),
        pageUrl((r) => url('state', r.state.id), w),
      ]),
    },
    {
      id: 'people',
      title: w.people.title,
      description: w.people.description,
      ...table<Person>(people, [
        {
          name: 'id',
          value: (p) => p.id,
          description: w.people.id,
        },
        { name: 'name', value: (p) => p.data.name, description: w.people.name },
        {
          name: 'aliases',
          list: true,
          value: (p) => p.data.aliases,
          description: w.people.aliases,
        },
        {
          name: 'role',
          value: (p) => prose(p.data.role),
          description: w.people.role,
        },
        { name: 'kind', value: (p) => p.data.kind, description: `${oneOf(personKinds)}.` },
        {
          name: 'country',
          value: (p) => p.data.country ?? '',
          description: w.people.country,
        },
        {
          name: 'summary',
          value: (p) => prose(p.data.summary),
          description: w.people.summary,
        },
        sources((p) => p.data.sources, w),
        pageUrl((p) => url('person', p.id), w),
      ]),
    },
    {
      id: 'glossary',
      title: w.glossary.title,
      description: w.glossary.description,
      ...table<Term>(glossary, [
        {
          name: 'id',
          value: (t) => t.id,
          description: w.glossary.id,
        },
        { name: 'term', value: (t) => t.data.term, description: w.glossary.term },
        {
          name: 'aliases',
          list: true,
          value: (t) => t.data.aliases,
          description: w.glossary.aliases,
        },
        {
          name: 'definition',
          value: (t) => prose(t.data.definition),
          description: w.glossary.definition,
        },
        sources((t) => t.data.sources, w),
        pageUrl((t) => url('term', t.id), w),
      ]),
    },
  ];
}

/** The CSV separator of a list column. */
function listSeparator(column: Column): string {
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

/** Where the files are served, below the base path and the edition's prefix. */
export const dataPath = (id: Dataset['id'], format: 'csv' | 'json') => `/data/${id}.${format}`;
