/**
 * Every internal link is built here, from the base path the site is deployed under
 * (BASE_PATH=/csto/ → /csto/states/armenia/). Astro does not rewrite hard-coded "/…" links.
 */
const BASE = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** "/states/armenia/" or "states/armenia/" → "<base>states/armenia/". */
export function withBase(path: string): string {
  return BASE + path.replace(/^\//, '');
}

export const urls = {
  home: () => withBase('/'),
  page: (slug: string) => withBase(slug === 'index' ? '/' : `/${slug}/`),
  states: () => withBase('/states/'),
  state: (id: string, section?: string) =>
    withBase(`/states/${id}/`) + (section ? `#${section}` : ''),
  timeline: (eventId?: string) => withBase('/timeline/') + (eventId ? `#${eventId}` : ''),
  event: (id: string) => withBase(`/timeline/${id}/`),
  sources: () => withBase('/sources/'),
  source: (id: string) => withBase(`/sources/${id}/`),
  people: (id?: string) => withBase('/people/') + (id ? `#${id}` : ''),
  glossary: (id?: string) => withBase('/glossary/') + (id ? `#${id}` : ''),
  search: () => withBase('/search/'),
  index: () => withBase('/a-z/'),
  data: (dataset?: string) => withBase('/data/') + (dataset ? `#${dataset}` : ''),
};
