/**
 * Loader for the Russian names table (content/ru/names.yaml): one collection entry per name, with
 * the id "<kind>/<target>". A malformed file fails the build naming it.
 */
import type { Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseNamesTable } from '../lib/translation/names-table';

export function namesTable(path: string): Loader {
  return {
    name: 'names-table',
    load: async ({ config, store, parseData, generateDigest, watcher }) => {
      const file = fileURLToPath(new URL(path, config.root));
      const sync = async () => {
        const items = parseNamesTable(path, await readFile(file, 'utf8'));
        store.clear();
        for (const item of items) {
          const id = `${String(item.kind)}/${String(item.target)}`;
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
