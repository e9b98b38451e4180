/**
 * The A–Z index's entries: every page of the site, content pages with the same sections their
 * "On this page" lists (from their route data), then every event, person and term.
 */
import { loadSiteData } from './site-data';
import { allRoutes } from './route-data';
import { indexEntry, type IndexEntry } from '../lib/a-z';
import { urls, withBase } from '../lib/urls';

export async function azEntries(): Promise<IndexEntry[]> {
  const data = await loadSiteData();
  const routes = await allRoutes();
  const entries: IndexEntry[] = [];
  for (const route of routes) {
    const { subject } = route;
    const href = withBase(route.path);
    if (subject.type === 'page') entries.push(indexEntry(route.title, href, route.headings));
    else if (subject.type === 'state')
      entries.push(indexEntry(`${subject.state.data.name} (profile)`, href, route.headings));
    else if (subject.type === 'source')
      entries.push(indexEntry(`${subject.source.data.short} (source)`, href, route.headings));
    else if (subject.type === 'list' && subject.of !== 'index' && subject.of !== 'data')
      entries.push(indexEntry(route.title, href));
  }
  return [
    ...entries,
    ...data.events.map((e) =>
      indexEntry(`${e.data.title} (event, ${e.data.date})`, urls.timeline(e.id))
    ),
    ...data.people.map((p) => indexEntry(`${p.data.name} (person)`, urls.people(p.id))),
    ...data.glossary.map((t) => indexEntry(`${t.data.term} (glossary)`, urls.glossary(t.id))),
    indexEntry('Open data', urls.data()),
  ];
}
