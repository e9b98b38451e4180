/**
 * /…/cite.bib beside every page with "Cite this page": its reference as BibTeX (citation-js),
 * naming its language (`language`, and biblatex's `langid`). The English edition's file is plain
 * ASCII with LaTeX escapes, as citation-js writes it by default; a Russian one is UTF-8 as it
 * stands, since those escapes have no Cyrillic and citation-js would drop every letter
 * (biber, bibtex8/bibtexu, Zotero and JabRef read UTF-8).
 */
import type { APIRoute } from 'astro';
import { createRequire } from 'node:module';
import { pageRecord, referencePaths } from '../../data/cite-this-record';
import type { RouteData } from '../../data/route-data';
import { withBibtexLanguage } from '../../lib/cite-this-page/csl-record';

export const getStaticPaths = referencePaths;

// citation-js is CommonJS with plugins that register themselves on require.
const require = createRequire(import.meta.url);
const { Cite, plugins } = require('@citation-js/core') as {
  Cite: new (data: unknown) => { format: (style: string) => string };
  plugins: { config: { get: (name: string) => { format: { asciiOnly: boolean } } } };
};
require('@citation-js/plugin-bibtex');
const bibtexConfig = plugins.config.get('@bibtex');

/**
 * BibTeX of a record, ASCII with LaTeX escapes or UTF-8 as it stands. citation-js reads the choice
 * from its plugin's shared config, not from an argument: it is set here and written at once, in
 * one synchronous call, so no other render can run between and see the other setting.
 */
function bibtex(record: unknown, asciiOnly: boolean): string {
  const before = bibtexConfig.format.asciiOnly;
  bibtexConfig.format.asciiOnly = asciiOnly;
  try {
    return new Cite(record).format('bibtex');
  } finally {
    bibtexConfig.format.asciiOnly = before;
  }
}

export const GET: APIRoute = ({ props, site }) => {
  const { route } = props as { route: RouteData };
  const bib = bibtex(pageRecord(route, site), route.lang === 'en');
  return new Response(withBibtexLanguage(bib, route.lang), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
