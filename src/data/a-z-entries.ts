/**
 * The A–Z index's entries in an edition: every page of the site, content pages with the same
 * sections their "On this page" lists (from their route data), then every event, person and term.
 */
import { loadSiteData } from './site-data';
import { allRoutes } from './route-data';
import { indexEntry, type IndexEntry } from '../lib/site/a-z';
import { formatPartialDate } from '../lib/content/dates';
import { quotedPlainText } from '../lib/translation/quoted-text';
import { urlsFor, withBase } from '../lib/site/urls';
import { strings } from '../i18n';
import type { Lang } from '../i18n/langs';

export async function azEntries(lang: Lang = 'en'): Promise<IndexEntry[]> {
  const data = await loadSiteData(lang);
  const routes = await allRoutes(lang);
  const t = strings(lang).az;
  const urls = urlsFor(lang);
  const entries: IndexEntry[] = [];
  for (const route of routes) {
    const { subject } = route;
    const href = withBase(route.path);
    if (subject.type === 'page') entries.push(indexEntry(route.title, href, route.headings));
    else if (subject.type === 'state')
      entries.push(indexEntry(t.profile(subject.state.data.name), href, route.headings));
    else if (subject.type === 'source')
      entries.push(indexEntry(t.source(subject.source.data.short), href, route.headings));
    else if (subject.type === 'list' && subject.of !== 'index' && subject.of !== 'data')
      entries.push(indexEntry(route.title, href));
  }
  // English keeps the date as written (2022-09), as it always has; Russian words it.
  const date = (value: string) => (lang === 'en' ? value : formatPartialDate(value, lang));
  return [
    ...entries,
    ...data.events.map((e) =>
      indexEntry(t.event(quotedPlainText(e.data.title), date(e.data.date)), urls.timeline(e.id))
    ),
    ...data.people.map((p) => indexEntry(t.person(p.data.name), urls.people(p.id))),
    ...data.glossary.map((g) => indexEntry(t.term(g.data.term), urls.glossary(g.id))),
    indexEntry(t.openData, urls.data()),
  ];
}
