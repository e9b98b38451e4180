/**
 * Where a search result points: a record's path, a path under the site's base and back. Its own
 * module so that engine.ts and answer-section.ts share it without importing each other.
 */
import type { IndexedRecord } from '../../lib/search/records';

/** A record's page and section ("/states/armenia/#status"), below the base path. */
export function recordPath(record: IndexedRecord): string {
  return record.page.url + (record.section ? `#${record.section}` : '');
}

/** A path below the base path joined to it ("/csto/" + "/people/" → "/csto/people/"). */
export function joinBase(base: string, path: string): string {
  return base.replace(/\/$/, '') + path;
}

/** A URL's path and hash below the base path ("/csto/people/#putin" → "/people/#putin"). */
export function pathOf(url: string, base: string): string {
  return base !== '/' && url.startsWith(base) ? url.slice(base.length - 1) : url;
}
