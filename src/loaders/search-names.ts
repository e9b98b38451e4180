/**
 * Loader for content/search-names.yaml: one collection entry per state, person, term or event that
 * has search-only names, with the id "<kind>/<entry id>". A malformed file fails the build naming it.
 */
import type { Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseSearchNames } from '../lib/search/names-file';

export function searchNames(path: string): Loader {
  return {
    name: 'search-names',
    load: async ({ config, store, parseData, generateDigest, watcher }) => {
      const file = fileURLToPath(new URL(path, config.root));
      const sync = async () => {
        const items = parseSearchNames(path, await readFile(file, 'utf8'));
        store.clear();
        for (const item of items) {
          const id = `${item.kind}/${item.target}`;
          const data = await parseData({ id, data: item, filePath: path });
          store.set({ id, data, filePath: path, digest: generateDigest(item) });
        }
      };
      await sync();
      watcher?.add(file);
      watcher?.on('change', (changed) => {
        if (changed === file) void sync();
      });
    },
  };
}
