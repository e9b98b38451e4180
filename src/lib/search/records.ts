/**
 * The map from the search index's records to the pages and sections they are, written at build
 * time into the search lexicon (scripts/search-index.ts → search/lexicon.json, beside the
 * entities) and read by the search UI, so that a result shows its page's title and its section's
 * heading without fetching anything. Each page:
 *
 *   [url path, title, kind, [country…], year, [record id, section id, heading, record id, …], depths]
 *
 * (the introduction's section id and heading are ''; depths is each record's heading level, one
 * digit a record, "1223" for an introduction, an h2, another h2 and an h3 under it, so that search
 * knows which section a subsection belongs to). Pure: shared by the build and the browser.
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
  depths?: string,
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
  /** The section it is a subsection of (an h3's h2), if any; never the introduction. */
  parent?: IndexedRecord;
}

export interface RecordSource {
  url: string;
  title: string;
  filters: Record<string, string[]>;
  /** depth: the heading's level (1 for the introduction); without it, no section has a parent. */
  records: { id: string; section: string; heading: string; depth?: number }[];
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
      page.records.map((record) => record.depth ?? 1).join(''),
    ]),
  };
}

/** Record id → its page and section. */
export function decodeRecords(file: RecordsFile): Map<string, IndexedRecord> {
  const map = new Map<string, IndexedRecord>();
  for (const [url, title, kind, countries, year, records, depths = ''] of file.pages) {
    const filters: Record<string, string[]> = {};
    if (kind) filters['kind'] = [kind];
    if (countries.length) filters['country'] = countries;
    if (year) filters['year'] = [year];
    const page: IndexedPage = { url, title, kind, filters };
    /** The sections above the current one, by depth: open[d] is the last of depth d. */
    const open: (IndexedRecord | undefined)[] = [];
    for (let i = 0; i + 2 < records.length; i += 3) {
      const depth = Number(depths[i / 3] ?? 1);
      const record: IndexedRecord = { page, section: records[i + 1]!, heading: records[i + 2]! };
      for (let above = depth - 1; above >= 2 && !record.parent; above--) {
        const parent = open[above];
        if (parent) record.parent = parent;
      }
      open.length = depth;
      open[depth] = record.section ? record : undefined;
      map.set(records[i]!, record);
    }
  }
  return map;
}
