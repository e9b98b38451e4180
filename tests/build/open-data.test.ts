/**
 * The open-data files of the build (dist/data/) against the content they are made from: every
 * CSV and JSON file parses, the two agree row for row, and each row matches its entry in
 * content/ (read here straight from the YAML and the state files' frontmatter), with its page URL
 * and its source references exactly as written there. Run after `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { compareDates } from '../../src/lib/content/dates';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';

type Row = Record<string, string | string[]>;
interface DataFile {
  id: string;
  columns: { name: string; description: string }[];
  rows: Row[];
}

const json = (name: string): DataFile => JSON.parse(readFileSync(`dist/data/${name}.json`, 'utf8'));
const csv = (name: string): Record<string, string>[] =>
  parseCsv(readFileSync(`dist/data/${name}.csv`, 'utf8'), { columns: true });
const yamlList = (file: string) =>
  parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>[];
const frontmatter = (file: string) =>
  parseYaml(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
const path = (url: string | string[]) => new URL(String(url)).pathname + new URL(String(url)).hash;

const events = yamlList('content/events/events.yaml');
const people = yamlList('content/people/people.yaml');
const glossary = yamlList('content/glossary/glossary.yaml');
const states: Record<string, unknown>[] = readdirSync('content/states')
  .filter((f) => /^[^_].*\.mdx$/.test(f))
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), ...frontmatter(`content/states/${f}`) }));

describe.each(['timeline', 'memberships', 'people', 'glossary'])('%s', (name) => {
  it('parses as CSV and JSON, with the same columns and rows', () => {
    const data = json(name);
    const table = csv(name);
    expect(data.id).toBe(name);
    expect(Object.keys(table[0] ?? {})).toEqual(data.columns.map((c) => c.name));
    expect(table).toHaveLength(data.rows.length);
    data.rows.forEach((row, i) => {
      for (const [column, value] of Object.entries(row)) {
        const cell = table[i]![column]!;
        if (Array.isArray(value))
          expect(cell === '' ? [] : cell.split(column === 'aliases' ? ' | ' : ' ')).toEqual(value);
        else expect(cell).toBe(value);
      }
    });
    for (const column of data.columns) expect(column.description.length).toBeGreaterThan(5);
  });
});

describe('rows agree with the content', () => {
  it('timeline: every event, in order, with its date, sources and page', () => {
    const rows = json('timeline').rows;
    expect(rows.map((r) => r.id).sort()).toEqual(events.map((e) => e.id).sort());
    for (const event of events) {
      const row = rows.find((r) => r.id === event.id)!;
      expect(row).toMatchObject({
        date: String(event.date),
        title: event.title,
        kind: event.kind,
        sources: event.sources,
      });
      expect(path(row.page_url!)).toMatch(new RegExp(`/timeline/${event.id}/$`));
    }
    const dates = rows.map((r) => String(r.date));
    expect(dates).toEqual([...dates].sort(compareDates));
  });

  it('memberships: every period of every state, with its dates, events and sources', () => {
    const rows = json('memberships').rows;
    const periods: Record<string, unknown>[] = states.flatMap((s) =>
      (s.membership as Record<string, unknown>[]).map((p, i) => ({ state: s.id, i, ...p }))
    );
    expect(rows).toHaveLength(periods.length);
    for (const p of periods) {
      const row = rows.find((r) => r.id === `${p.state}-${Number(p.i) + 1}`)!;
      expect(row).toMatchObject({
        state_id: p.state,
        status: p.status,
        from: String(p.from),
        to: p.to === undefined ? '' : String(p.to),
        ended_by: p.endedBy === undefined ? '' : String(p.endedBy),
        from_event: p.event ?? '',
        sources: p.sources,
      });
      expect(path(row.page_url!)).toMatch(new RegExp(`/states/${p.state}/$`));
    }
  });

  it('people and glossary: every entry, with its names, sources and anchor', () => {
    const personRows = json('people').rows;
    expect(personRows).toHaveLength(people.length);
    for (const person of people) {
      expect(personRows.find((r) => r.id === person.id)).toMatchObject({
        name: person.name,
        aliases: person.aliases ?? [],
        sources: person.sources,
      });
      expect(path(personRows.find((r) => r.id === person.id)!.page_url!)).toMatch(
        new RegExp(`/people/#${person.id}$`)
      );
    }
    const termRows = json('glossary').rows;
    expect(termRows).toHaveLength(glossary.length);
    for (const term of glossary) {
      expect(termRows.find((r) => r.id === term.id)).toMatchObject({
        term: term.term,
        aliases: term.aliases ?? [],
        sources: term.sources,
      });
      expect(path(termRows.find((r) => r.id === term.id)!.page_url!)).toMatch(
        new RegExp(`/glossary/#${term.id}$`)
      );
    }
  });
});
