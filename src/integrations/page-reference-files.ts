/**
 * Page references: writes cite.bib (BibTeX) and cite.ris (RIS) beside every page that has "Cite this page", for
 * reference managers. Each record is read from the page's citation_* meta tags and its "as of"
 * date (data-cite-as-of on the Cite this box); citation-js writes the BibTeX (with its escaping),
 * src/lib/page-reference-record.ts the RIS.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPageFiles } from '../build/built-pages';
import { readMeta } from '../lib/head-meta';
import { PAGE_REFERENCE_FILES, cslRecord, toRis } from '../lib/page-reference-record';

const AS_OF = /data-cite-as-of="([^"]*)"/;
const require = createRequire(import.meta.url);

export function pageReferenceFiles(): AstroIntegration {
  return {
    name: 'page-reference-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // citation-js loads through require: a dynamic import() here would go through Vite's closed module runner.
        const { Cite } = require('@citation-js/core') as {
          Cite: new (data: unknown) => { format: (style: string) => string };
        };
        require('@citation-js/plugin-bibtex');
        let written = 0;
        for (const { file, path } of builtPageFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const asOf = AS_OF.exec(html);
          if (!asOf) continue; // no "Cite this" box on this page
          const meta = readMeta(html);
          const value = (name: string) => {
            const found = meta.get(name)?.[0];
            if (!found)
              throw new Error(`${path}: the page has "Cite this" but no ${name} meta tag`);
            return found;
          };
          const csl = cslRecord(path, {
            title: value('citation_title'),
            publisher: value('citation_publisher'),
            modified: value('citation_online_date'),
            language: value('citation_language'),
            url: value('citation_public_url'),
            asOf: asOf[1] || undefined,
          });
          await writeFile(
            join(dirname(file), PAGE_REFERENCE_FILES.bibtex),
            new Cite(csl).format('bibtex')
          );
          await writeFile(join(dirname(file), PAGE_REFERENCE_FILES.ris), toRis(csl));
          written += 1;
        }
        logger.info(`BibTeX and RIS files for ${written} pages`);
      },
    },
  };
}
