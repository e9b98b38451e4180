/** /…/cite.ris beside every page with "Cite this page": its reference as RIS. */
import type { APIRoute } from 'astro';
import { pageRecord, referencePaths } from '../../data/cite-this-record';
import type { RouteData } from '../../data/route-data';
import { toRis } from '../../lib/cite-this-page/csl-record';

export const getStaticPaths = referencePaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(toRis(pageRecord((props as { route: RouteData }).route, site)), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
