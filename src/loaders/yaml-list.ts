/**
 * Loader for the data files (events, people, glossary): a YAML list of items with unique ids.
 * Astro's own file() loader logs a parse error and carries on with an empty collection, and lets a
 * duplicate id replace the first; this one fails the build with the file, the item and the problem.
 */
import type { Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseYamlList } from '../lib/content/yaml-list';

export function yamlList(path: string): Loader {
  return {
    name: 'yaml-list',
    load: async ({ config, store, parseData, generateDigest, watcher, logger }) => {
      const file = fileURLToPath(new URL(path, config.root));
      const sync = async () => {
        const items = parseYamlList(path)(await readFile(file, 'utf8'));
        store.clear();
        for (const item of items) {
          const id = String(item.id);
          const data = await parseData({ id, data: item, filePath: path });
          store.set({ id, data, filePath: path, digest: generateDigest(item) });
        }
      };
      await sync();
      watcher?.add(file);
      watcher?.on('change', async (changed) => {
        if (changed !== file) return;
        try {
          await sync();
          logger.info(`Reloaded ${path}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}
