/**
 * Writes Pagefind's entry file (pagefind-entry.json: its version and each language's metadata
 * hash) into its script, pagefind.js, after Pagefind and the re-cut of its index have written both.
 *
 * Pagefind's script fetches the entry file before anything else, a request of its own on every
 * reader's first search (one of the twelve a first search may make: README, "Site figures"), for
 * 0.2 KiB. The two files are written together by every build and served alike (kept, and asked
 * about each time: deploy/headers.mjs), so the script can carry the entry itself. Only the primary
 * index reads it from the script; an index merged from elsewhere still fetches its own.
 *
 * The change is one expression in Pagefind's minified script: when Pagefind writes that code
 * differently, the build fails here rather than ship a script that fetches what it need not.
 *
 * Node only (build time): scripts/search-index.ts runs it over <dist>/pagefind/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pagefind 1.6's fetch of its entry file, in PagefindInstance.loadEntry. */
const FETCH_ENTRY =
  'let entry_response=await this.throttledFetch(entryUrl);let entry_json=await entry_response.json();';

export function inlinePagefindEntry(bundle: string): void {
  const scriptFile = join(bundle, 'pagefind.js');
  const script = readFileSync(scriptFile, 'utf8');
  const at = script.indexOf(FETCH_ENTRY);
  if (at === -1 || script.indexOf(FETCH_ENTRY, at + 1) !== -1)
    throw new Error(
      `${scriptFile}: Pagefind's script no longer fetches its entry file as expected; cannot write the entry into it`
    );
  const entry = JSON.stringify(
    JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'))
  );
  const inlined = `let entry_json=this.primary?${entry}:await(await this.throttledFetch(entryUrl)).json();`;
  writeFileSync(scriptFile, script.slice(0, at) + inlined + script.slice(at + FETCH_ENTRY.length));
}
