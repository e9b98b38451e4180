/** /…/cite.bib beside every page with "Cite this page": its reference as BibTeX (citation-js). */
import type { APIRoute } from 'astro';
import { createRequire } from 'node:module';
import { pageRecord, referencePaths } from '../../data/page-reference';
import type { RouteData } from '../../data/route-data';

export const getStaticPaths = referencePaths;

// citation-js is CommonJS with plugins that register themselves on require.
const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core') as {
  Cite: new (data: unknown) => { format: (style: string) => string };
};
require('@citation-js/plugin-bibtex');

export const GET: APIRoute = ({ props, site }) =>
  new Response(new Cite(pageRecord((props as { route: RouteData }).route, site)).format('bibtex'), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
