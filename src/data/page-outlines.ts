/**
 * The outline of each content page — its sections, in order, and the citations its reference list
 * gathers — worked out once here, for the route that draws the page (its "On this page" list) and
 * for the A–Z index alike. Build time (renders MDX for its headings).
 */
import { render } from 'astro:content';
import { loadSiteData, type Event, type Page, type Source, type State } from './site-data';
import { citationsInMdx } from '../lib/citations';
import { eventCitations, stateCitations } from '../lib/page-citations';
import { sourceSections, stateSections, withReferences } from '../lib/page-sections';
import { indexEntry, type IndexEntry } from '../lib/a-z';
import type { HeadingLike } from '../lib/toc';
import { urls } from '../lib/urls';

export interface Outline {
  /** The page's sections before its reference list (Article adds that when `citations` is not empty). */
  headings: HeadingLike[];
  /** Every citation on the page, as written, for "Sources cited on this page". */
  citations: string[];
}

/** An explainer page; the home page also shows the status table, with the states' citations. */
export async function pageOutline(page: Page): Promise<Outline> {
  const { states } = await loadSiteData();
  const { headings } = await render(page);
  return {
    headings,
    citations: [
      ...citationsInMdx(page.body ?? ''),
      ...(page.id === 'index' ? states.flatMap(stateCitations) : []),
    ],
  };
}

/** A state profile, with the events it lists. */
export async function stateOutline(state: State): Promise<Outline & { events: Event[] }> {
  const { events } = await loadSiteData();
  const { headings } = await render(state);
  const involved = events.filter((e) => e.data.countries.includes(state.id));
  return {
    headings: stateSections(headings, involved.length > 0),
    citations: [
      ...stateCitations(state),
      ...citationsInMdx(state.body ?? ''),
      ...eventCitations(involved),
    ],
    events: involved,
  };
}

/** A source page. */
export async function sourceOutline(source: Source): Promise<Outline> {
  const { headings } = await render(source);
  return { headings: sourceSections(headings), citations: citationsInMdx(source.body ?? '') };
}

const sectionsOf = (outline: Outline) =>
  withReferences(outline.headings, outline.citations.length > 0);

/** Every page of the site for the A–Z index, content pages with the same sections their contents list. */
export async function azEntries(): Promise<IndexEntry[]> {
  const data = await loadSiteData();
  return [
    ...(await Promise.all(
      data.pages.map(async (p) =>
        indexEntry(p.data.title, urls.page(p.id), sectionsOf(await pageOutline(p)))
      )
    )),
    ...(await Promise.all(
      data.states.map(async (s) =>
        indexEntry(`${s.data.name} (profile)`, urls.state(s.id), sectionsOf(await stateOutline(s)))
      )
    )),
    ...(await Promise.all(
      data.sources.map(async (s) =>
        indexEntry(
          `${s.data.short} (source)`,
          urls.source(s.id),
          sectionsOf(await sourceOutline(s))
        )
      )
    )),
    ...data.events.map((e) =>
      indexEntry(`${e.data.title} (event, ${e.data.date})`, urls.event(e.id))
    ),
    ...data.people.map((p) => indexEntry(`${p.data.name} (person)`, urls.people(p.id))),
    ...data.glossary.map((t) => indexEntry(`${t.data.term} (glossary)`, urls.glossary(t.id))),
    indexEntry('Timeline', urls.timeline()),
    indexEntry('Member states', urls.states()),
    indexEntry('Sources', urls.sources()),
    indexEntry('People', urls.people()),
    indexEntry('Glossary', urls.glossary()),
    indexEntry('Open data', urls.data()),
  ];
}
