/**
 * "Cite this page": the page's record (CSL-JSON) from its route data, for the BibTeX and RIS files
 * beside it: the same title, publisher, date, language and address as its citation_* meta tags
 * (HeadMeta.astro).
 */
import { everyRoute, type RouteData } from './route-data';
import { cslRecord, type CslRecord } from '../lib/cite-this-page/csl-record';
import { LANG_TAGS } from '../i18n/langs';
import { strings } from '../i18n';
import { withBase } from '../lib/site/urls';

export function pageRecord(route: RouteData, site: URL | undefined): CslRecord {
  const t = strings(route.lang);
  return cslRecord(route.path, {
    title: route.title,
    publisher: t.site.name,
    modified: route.dates.modified,
    language: LANG_TAGS[route.lang],
    url: new URL(withBase(route.path), site).href,
    asOf: route.asOf,
    asOfNote: t.pageReference.asOf,
  });
}

/** The pages that offer "Cite this page", in every edition, as static paths for the downloads. */
export async function referencePaths() {
  return (await everyRoute())
    .filter((route) => route.citeThis)
    .map((route) => ({
      params: { page: route.path === '/' ? undefined : route.path.replace(/^\/|\/$/g, '') },
      props: { route },
    }));
}
