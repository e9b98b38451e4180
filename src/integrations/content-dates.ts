/**
 * Serves the content files' git dates to the build as a module, `virtual:csto/content-dates`,
 * read from git once when the build starts (as Starlight serves its git dates), so that no page
 * or component runs git while it renders. The route data (src/data/route-data.ts) imports it. In
 * `astro dev` the module is made again when a file under content/ changes (added, edited,
 * removed), so a long-running dev server does not keep the dates it started with.
 */
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { buildDay, readContentDates } from '../build/content-dates';

const MODULE = 'virtual:csto/content-dates';
const RESOLVED = `\0${MODULE}`;

export function contentDates(): AstroIntegration {
  return {
    name: 'content-dates',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        let code: string | undefined;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'csto:content-dates',
                resolveId: (id: string) => (id === MODULE ? RESOLVED : undefined),
                load: (id: string) => {
                  if (id !== RESOLVED) return undefined;
                  code ??= `export default ${JSON.stringify({
                    files: Object.fromEntries(readContentDates(fileURLToPath(config.root))),
                    buildDay: buildDay(),
                  })};`;
                  return code;
                },
                configureServer: (server: ViteDevServer) => {
                  const content = fileURLToPath(new URL('content/', config.root));
                  server.watcher.on('all', (_event, file) => {
                    if (!file.startsWith(content)) return;
                    code = undefined;
                    for (const environment of Object.values(server.environments)) {
                      const module = environment.moduleGraph.getModuleById(RESOLVED);
                      if (module) environment.moduleGraph.invalidateModule(module);
                    }
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
