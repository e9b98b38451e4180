/**
 * The map from the search index's records to the pages and sections they are, written at build
 * time into the search lexicon (scripts/search-index.ts → search/lexicon.json, beside the
 * entities) and read by the search UI, so that a result shows its page's title and its section's
 * heading without fetching anything. Each page:
 *
 *   [url path, title, kind, [country…], year, [record id, section id, heading, record id, …]]
 *
 * (the introduction's section id and heading are ''). Pure: shared by the build and the browser.
 */
import type { LexiconEntity, Vocabulary } from './lexicon';

export type RecordsFile = { pages: PageRow[] };
/** search/lexicon.json: the entities (lexicon.ts), the records' map and the vocabulary. */
export type SearchLexiconFile = RecordsFile & { entities: LexiconEntity[]; vocabulary: Vocabulary };
export type PageRow = [
  url: string,
  title: string,
  kind: string,
  countries: string[],
  year: string,
  records: string[],
];

export interface IndexedPage {
  /** URL path below the base path. */
  url: string;
  title: string;
  /** The "kind" filter value (Profile, Event, …). */
  kind: string;
  /** The page's Pagefind filters, as the filter counts need them. */
  filters: Record<string, string[]>;
}

export interface IndexedRecord {
  page: IndexedPage;
  /** The section's id; '' for the page's introduction. */
  section: string;
  heading: string;
}

export interface RecordSource {
  url: string;
  title: string;
  filters: Record<string, string[]>;
  records: { id: string; section: string; heading: string }[];
}

/** The file's content for a list of pages and their records. */
export function encodeRecords(pages: readonly RecordSource[]): RecordsFile {
  return {
    pages: pages.map((page) => [
      page.url,
      page.title,
      page.filters['kind']?.[0] ?? '',
      page.filters['country'] ?? [],
      page.filters['year']?.[0] ?? '',
      page.records.flatMap((record) => [record.id, record.section, record.heading]),
    ]),
  };
}

/** Record id → its page and section. */
export function decodeRecords(file: RecordsFile): Map<string, IndexedRecord> {
  const map = new Map<string, IndexedRecord>();
  for (const [url, title, kind, countries, year, records] of file.pages) {
    const filters: Record<string, string[]> = {};
    if (kind) filters['kind'] = [kind];
    if (countries.length) filters['country'] = countries;
    if (year) filters['year'] = [year];
    const page: IndexedPage = { url, title, kind, filters };
    for (let i = 0; i + 2 < records.length; i += 3)
      map.set(records[i]!, { page, section: records[i + 1]!, heading: records[i + 2]! });
  }
  return map;
}
