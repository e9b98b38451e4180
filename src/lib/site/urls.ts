/**
 * Every internal link is built here, from the base path the site is deployed under
 * (BASE_PATH=/csto/ → /csto/states/armenia/) and the edition (the Russian under /ru/:
 * /csto/ru/states/armenia/). Astro does not rewrite hard-coded "/…" links.
 */
import { localPath, type Lang } from '../../i18n/langs';
import { basePath } from './base-path';

const BASE = basePath(import.meta.env.BASE_URL);

/** "/states/armenia/" or "states/armenia/" → "<base>states/armenia/". */
export function withBase(path: string): string {
  return BASE + path.replace(/^\//, '');
}

export type Urls = ReturnType<typeof urlsFor>;

/** The links of one edition: urlsFor('ru').state('armenia') → "<base>ru/states/armenia/". */
export function urlsFor(lang: Lang) {
  const at = (path: string) => withBase(localPath(lang, path));
  return {
    home: () => at('/'),
    page: (slug: string) => at(slug === 'index' ? '/' : `/${slug}/`),
    states: () => at('/states/'),
    state: (id: string, section?: string) => at(`/states/${id}/`) + (section ? `#${section}` : ''),
    timeline: (eventId?: string) => at('/timeline/') + (eventId ? `#${eventId}` : ''),
    event: (id: string) => at(`/timeline/${id}/`),
    sources: () => at('/sources/'),
    source: (id: string) => at(`/sources/${id}/`),
    people: (id?: string) => at('/people/') + (id ? `#${id}` : ''),
    glossary: (id?: string) => at('/glossary/') + (id ? `#${id}` : ''),
    search: () => at('/search/'),
    index: () => at('/a-z/'),
    data: (dataset?: string) => at('/data/') + (dataset ? `#${dataset}` : ''),
    /** A file of the edition that is not a page: "/timeline/feed.xml", "/data/timeline.csv". */
    file: (path: string) => at(path),
  };
}

/** The English edition's links. */
export const urls = urlsFor('en');
