/**
 * Where each source is cited: every page section, profile section, event, person and term that
 * names it, with a link. Drives the "Cited on this site" list of each source page.
 */
import type { SiteData } from './site-data';
import { sectionsOf } from './sections';
import { urls } from './urls';

export interface CitingPlace {
  label: string;
  href: string;
  /** How many citations of the source this place holds. */
  count: number;
}

export interface CitingGroup {
  label: string;
  places: CitingPlace[];
}

export function citingPlaces(sourceId: string, data: SiteData): CitingGroup[] {
  const fromBody = (pageLabel: string, href: (section: string) => string, body: string): CitingPlace[] =>
    sectionsOf(body)
      .map((section) => ({
        label: section.id ? `${pageLabel}: ${section.title}` : pageLabel,
        href: href(section.id),
        count: section.sources.filter((id) => id === sourceId).length,
      }))
      .filter((place) => place.count > 0);
  const anchor = (base: string) => (id: string) => (id ? `${base}#${id}` : base);

  const groups: CitingGroup[] = [
    { label: 'Explainer pages', places: data.pages.flatMap((p) => fromBody(p.data.title, anchor(urls.page(p.id)), p.body ?? '')) },
    {
      label: 'State profiles',
      places: data.states.flatMap((s) => {
        const statusCount = [...s.data.statusSources, ...s.data.membership.flatMap((m) => m.sources)].filter((id) => id === sourceId).length;
        const status = statusCount > 0 ? [{ label: `${s.data.name}: at a glance`, href: urls.state(s.id, 'at-a-glance'), count: statusCount }] : [];
        return [...status, ...fromBody(s.data.name, anchor(urls.state(s.id)), s.body ?? '')];
      }),
    },
    { label: 'Timeline events', places: data.events.filter((e) => e.data.sources.includes(sourceId)).map((e) => ({ label: e.data.title, href: urls.timeline(e.id), count: 1 })) },
    { label: 'People', places: data.people.filter((p) => p.data.sources.includes(sourceId)).map((p) => ({ label: p.data.name, href: urls.people(p.id), count: 1 })) },
    { label: 'Glossary', places: data.glossary.filter((t) => t.data.sources.includes(sourceId)).map((t) => ({ label: t.data.term, href: urls.glossary(t.id), count: 1 })) },
    {
      label: 'Other source pages',
      places: data.sources.filter((s) => s.id !== sourceId).flatMap((s) => fromBody(`${s.data.short}`, anchor(urls.source(s.id)), s.body ?? '')),
    },
  ];
  return groups.filter((g) => g.places.length > 0);
}
