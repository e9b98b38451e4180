/**
 * Pagefind's results are sections (src/build/search-records.ts); a reader wants pages with their
 * best sections. These pure functions group the records of a search by page, in the order of
 * each page's best record, and count the pages under each filter value.
 */
import type { IndexedPage, IndexedRecord } from '../../lib/search/records';

export interface RecordHit<R> {
  /** Pagefind's result for the record. */
  result: R;
  record: IndexedRecord;
}

export interface PageGroup<R> {
  page: IndexedPage;
  /** The page's records among the results, best first. */
  hits: RecordHit<R>[];
}

/** Groups results by page; a record the map does not know (an index newer than the map) is left out. */
export function groupByPage<R extends { id: string }>(
  results: readonly R[],
  records: ReadonlyMap<string, IndexedRecord>
): PageGroup<R>[] {
  const groups = new Map<string, PageGroup<R>>();
  for (const result of results) {
    const record = records.get(result.id);
    if (!record) continue;
    let group = groups.get(record.page.url);
    if (!group) {
      group = { page: record.page, hits: [] };
      groups.set(record.page.url, group);
    }
    group.hits.push({ result, record });
  }
  return [...groups.values()];
}

/** For each filter value, how many of the groups' pages have it. */
export function countPages(
  pages: readonly IndexedPage[],
  keys: readonly string[]
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const key of keys) {
    const byValue: Record<string, number> = {};
    for (const page of pages)
      for (const value of page.filters[key] ?? []) byValue[value] = (byValue[value] ?? 0) + 1;
    counts[key] = byValue;
  }
  return counts;
}
