/**
 * /…/cite.bib beside every page with "Cite this page": its reference as BibTeX (citation-js),
 * naming its language (`language`, and biblatex's `langid`). The English edition's file is plain
 * ASCII with LaTeX escapes, as citation-js writes it by default; a Russian one is UTF-8 as it
 * stands, since those escapes have no Cyrillic and citation-js would drop every letter
 * (biber, bibtex8/bibtexu, Zotero and JabRef read UTF-8).
 */
import type { APIRoute } from 'astro';
import { createRequire } from 'node:module';
import { pageRecord, referencePaths } from '../../data/page-reference';
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

export const GET: APIRoute = ({ props, site }) => {
  const { route } = props as { route: RouteData };
  const ascii = bibtexConfig.format.asciiOnly;
  bibtexConfig.format.asciiOnly = route.lang === 'en';
  try {
    const bib = new Cite(pageRecord(route, site)).format('bibtex');
    return new Response(withBibtexLanguage(bib, route.lang), {
      headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
    });
  } finally {
    bibtexConfig.format.asciiOnly = ascii;
  }
};
