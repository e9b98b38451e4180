#!/usr/bin/env node
/**
 * Builds the search index of a built site: every page marked for search, cut into one record per
 * section (src/build/search-records.ts), indexed by Pagefind's Node API into <dist>/pagefind/ —
 * one index per language, as each record carries its page's <html lang> (the Russian one with
 * Russian stemming), its word index re-cut into chunks of a few kilobytes, so that each word of
 * a query costs little to look up (src/build/pagefind-chunks.ts); then, for each edition, the
 * lexicon its search fetches when it opens, <dist>/search/lexicon.json and
 * <dist>/ru/search/lexicon.json: the entities Astro wrote to
 * search/entities.json (src/pages/[...lang]/search/entities.json.ts) and the content's words for
 * correcting misspellings, search/vocabulary.json (vocabulary.json.ts), folded in here so that
 * opening search costs one request for all three, and the map the UI lists results from without
 * fetching them (each page's title, kind and filters, and its records by Pagefind's id;
 * src/lib/search/records.ts).
 *
 * With the map, the dialog shows the titles and sections of as many results as fit and fetches
 * Pagefind's fragments (for excerpts) only for the first few. Run by `npm run build` after Astro.
 *
 *   node scripts/search-index.ts [dist]
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { builtPageFiles } from '../src/build/built-pages.ts';
import { rechunkPagefindIndex } from '../src/build/pagefind-chunks.ts';
import { inlinePagefindEntry } from '../src/build/pagefind-entry.ts';
import { searchRecordsOf, type SearchPage } from '../src/build/search-records.ts';
import { encodeRecords, type SearchLexiconFile } from '../src/lib/search/records.ts';
import { LANGS, langOfPath, langPrefix } from '../src/i18n/langs.ts';

const dist = process.argv[2] ?? 'dist';
/**
 * The size of an index chunk, in bytes of CBOR before gzip (about 2.5 KiB gzipped): what a word
 * of a query costs to look up. Chosen by `npm run bench:search` (README, "Site figures": smaller
 * saves little, as the metadata lists more chunks; larger puts free text over 130 KiB).
 */
const INDEX_CHUNK_BYTES = 5000;

const started = performance.now();

const pages: SearchPage[] = [];
for (const { file, path } of builtPageFiles(dist)) {
  const page = searchRecordsOf(readFileSync(file, 'utf8'), path);
  if (page) pages.push(page);
}

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const byUrl = new Set<string>();
for (const page of pages) {
  for (const record of page.records) {
    const added = await index.addHTMLFile({ url: record.url, content: record.html });
    if (added.errors.length > 0)
      throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`);
    byUrl.add(record.url);
  }
}
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);

// Pagefind names each record's fragment by a hash, which is the id a search result carries.
const { files } = await index.getFiles();
const idOf = new Map<string, string>();
for (const { path, content } of files) {
  const match = /^fragment\/(.+)\.pf_fragment$/.exec(path);
  if (!match) continue;
  // A fragment is gzip of "pagefind_dcd" and the JSON.
  const fragment = JSON.parse(gunzipSync(Buffer.from(content)).subarray(12).toString('utf8')) as {
    url: string;
  };
  if (!byUrl.has(fragment.url))
    throw new Error(`Pagefind wrote a fragment for ${fragment.url}, which no record has`);
  idOf.set(fragment.url, match[1]!);
}
await pagefind.close();
// Pagefind's own chunks (20,000 word positions) cost ~23 KiB gzip each, fetched per word of a query.
const chunks = rechunkPagefindIndex(join(dist, 'pagefind'), INDEX_CHUNK_BYTES);
// Last: the entry names the metadata files the two steps above rewrote.
inlinePagefindEntry(join(dist, 'pagefind'));

for (const lang of LANGS) {
  const file = encodeRecords(
    pages
      .filter((page) => langOfPath(page.url) === lang)
      .map((page) => ({
        ...page,
        records: page.records.map((record) => {
          const id = idOf.get(record.url);
          if (!id) throw new Error(`The search record ${record.url} has no fragment of its own`);
          return { id, section: record.section, heading: record.heading, depth: record.depth };
        }),
      }))
  );
  const folder = join(dist, langPrefix(lang), 'search');
  const entitiesFile = join(folder, 'entities.json');
  const entities = JSON.parse(readFileSync(entitiesFile, 'utf8')) as unknown[];
  rmSync(entitiesFile);
  // The vocabulary too: one request fewer for a query with a word no name has (engine.ts).
  const vocabularyFile = join(folder, 'vocabulary.json');
  const vocabulary = JSON.parse(readFileSync(vocabularyFile, 'utf8')) as unknown;
  if (typeof vocabulary !== 'string') throw new Error(`${vocabularyFile}: not a vocabulary string`);
  rmSync(vocabularyFile);
  const lexicon: SearchLexiconFile = {
    entities: entities as SearchLexiconFile['entities'],
    ...file,
    vocabulary,
  };
  writeFileSync(join(folder, 'lexicon.json'), JSON.stringify(lexicon));
}
console.log(
  `Search index: ${byUrl.size} records from ${pages.length} pages, in ${Object.entries(chunks)
    .map(([lang, n]) => `${n} chunks (${lang})`)
    .join(', ')} (${Math.round(performance.now() - started)} ms).`
);
