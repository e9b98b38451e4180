/**
 * A page's reference record (CSL-JSON) from its route data, for the BibTeX and RIS files beside it:
 * the same title, publisher, date and address as its citation_* meta tags (HeadMeta.astro).
 */
import { allRoutes, type RouteData } from './route-data';
import { cslRecord, type CslRecord } from '../lib/page-reference-record';
import { SITE } from '../lib/site';
import { withBase } from '../lib/urls';

export function pageRecord(route: RouteData, site: URL | undefined): CslRecord {
  return cslRecord(route.path, {
    title: route.title,
    publisher: SITE.name,
    modified: route.dates.modified,
    language: SITE.language,
    url: new URL(withBase(route.path), site).href,
    asOf: route.asOf,
  });
}

/** The pages that offer "Cite this page", as static paths for the download endpoints. */
export async function referencePaths() {
  return (await allRoutes())
    .filter((route) => route.citeThis)
    .map((route) => ({
      params: { page: route.path === '/' ? undefined : route.path.replace(/^\/|\/$/g, '') },
      props: { route },
    }));
}
