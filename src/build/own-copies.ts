/**
 * A Vite plugin that gives chosen importers their own copy of a small shared module, instead of
 * the separate chunk a bundler makes for a module that two lazily loaded chunks share.
 *
 * Search's code loads on first use, and each file is a request of a reader's first search (the
 * goal: at most 12 for any query, README "Site figures"). It shares two small modules with code
 * that loads elsewhere: query.ts (0.7 KiB gzip) with the highlighter of a page opened from a
 * result, and edit-distance.ts (0.3 KiB) with the 404 page's suggestions. Shared, each was a chunk
 * of its own, so a first search fetched three files of code. With a copy in the highlighter and in
 * the suggestions (the bytes each of them loaded before), search's code is one file.
 *
 * `copies` maps a module (its path from the project's root) to the importers (the same) that
 * get their own copy. A copy is the same file under another id, so the bundler cannot share it.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const COPY = '?own-copy';

export function ownCopies(root: string, copies: Record<string, string[]>): Plugin {
  const byModule = new Map(
    Object.entries(copies).map(([module, importers]) => [
      resolve(root, module),
      new Set(importers.map((importer) => resolve(root, importer))),
    ])
  );
  return {
    name: 'own-copies',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || source.endsWith(COPY)) return null;
      const plainImporter = importer.replace(COPY, '');
      if (![...byModule.values()].some((importers) => importers.has(plainImporter))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const importers = byModule.get(resolved.id);
      return importers?.has(plainImporter) ? { ...resolved, id: resolved.id + COPY } : resolved;
    },
  };
}
