/**
 * Where each source is cited: every page section, profile section, event, person and term whose
 * citations name it, with the paragraphs they name and a link that lands on that section or
 * entry. Drives the source pages' paragraph guide ("cited by") and "Cited on this site".
 */
import type { SiteData } from '../../data/site-data';
import type { MdxOutline } from '../content/mdx-outline';
import { sectionsOf } from '../content/sections';
import { paragraphsOf, parsePinpoint, sourceOf } from './pinpoints';
import { quotedPlainText } from '../translation/quoted-text';
import { urls as englishUrls, type Urls } from '../site/urls';
import { ui as english } from '../../i18n/en';

/** The names of the pages and sections citing places are on, in an edition. */
export interface CitingWords {
  atAGlance: string;
  timeline: string;
  people: string;
  glossary: string;
  sourcePage: (short: string) => string;
}
const ENGLISH: CitingWords = {
  atAGlance: english.sections.atAGlance,
  timeline: english.routes.lists.timeline.title,
  people: english.routes.lists.people.title,
  glossary: english.routes.lists.glossary.title,
  sourcePage: english.sources.cited.sourcePage,
};

/** One section or entry that cites the source. */
export interface CitingPlace {
  /** The page it is on, e.g. "Armenia" or "Timeline". */
  page: string;
  /** The page's address, for grouping. */
  pageHref: string;
  /** The section or entry, e.g. "Grievances"; "" for the text before a page's first heading. */
  section: string;
  /** Lands on the section or entry. */
  href: string;
  /** How many citations of the source it holds. */
  count: number;
  /** The source's paragraphs it cites, ascending. */
  paragraphs: number[];
}

/** The places of one page, for the grouped "Cited on this site" list. */
export interface CitingPage {
  page: string;
  href: string;
  places: CitingPlace[];
  count: number;
}

interface Cited {
  page: string;
  pageHref: string;
  section: string;
  href: string;
  references: readonly string[];
}

/** Every place on the site that cites the source, in site order (pages, profiles, timeline…). */
export function citingPlaces(
  sourceId: string,
  data: Pick<
    SiteData,
    'pages' | 'states' | 'sources' | 'events' | 'people' | 'glossary' | 'outline'
  >,
  words: CitingWords = ENGLISH,
  urls: Urls = englishUrls
): CitingPlace[] {
  const body = (page: string, pageHref: string, outline: MdxOutline): Cited[] =>
    sectionsOf(outline).map((section) => ({
      page,
      pageHref,
      section: section.title,
      href: section.id ? `${pageHref}#${section.id}` : pageHref,
      references: section.references,
    }));
  const all: Cited[] = [
    ...data.pages.flatMap((p) =>
      body(quotedPlainText(p.data.title), urls.page(p.id), data.outline(p))
    ),
    ...data.states.flatMap((s) => [
      {
        page: s.data.name,
        pageHref: urls.state(s.id),
        section: words.atAGlance,
        href: urls.state(s.id, 'at-a-glance'),
        references: [...s.data.statusSources, ...s.data.membership.flatMap((m) => m.sources)],
      },
      ...body(s.data.name, urls.state(s.id), data.outline(s)),
    ]),
    ...data.events.map((e) => ({
      page: words.timeline,
      pageHref: urls.timeline(),
      section: quotedPlainText(e.data.title),
      href: urls.timeline(e.id),
      references: e.data.sources,
    })),
    ...data.people.map((p) => ({
      page: words.people,
      pageHref: urls.people(),
      section: p.data.name,
      href: urls.people(p.id),
      references: p.data.sources,
    })),
    ...data.glossary.map((t) => ({
      page: words.glossary,
      pageHref: urls.glossary(),
      section: t.data.term,
      href: urls.glossary(t.id),
      references: t.data.sources,
    })),
    ...data.sources
      .filter((s) => s.id !== sourceId)
      .flatMap((s) => body(words.sourcePage(s.data.short), urls.source(s.id), data.outline(s))),
  ];
  return all.flatMap(({ references, ...place }) => {
    const mine = references.filter((raw) => sourceOf(raw) === sourceId);
    if (mine.length === 0) return [];
    const paragraphs = [
      ...new Set(
        mine.flatMap((raw) => {
          const parsed = parsePinpoint(raw);
          return typeof parsed === 'string' ? [] : paragraphsOf(parsed);
        })
      ),
    ].sort((a, b) => a - b);
    return [{ ...place, count: mine.length, paragraphs }];
  });
}

/** The places that cite paragraph n. */
export function placesCitingParagraph(places: readonly CitingPlace[], n: number): CitingPlace[] {
  return places.filter((place) => place.paragraphs.includes(n));
}

/** The places grouped by the page they are on, in site order. */
export function placesByPage(places: readonly CitingPlace[]): CitingPage[] {
  const pages = new Map<string, CitingPage>();
  for (const place of places) {
    const page = pages.get(place.pageHref) ?? {
      page: place.page,
      href: place.pageHref,
      places: [],
      count: 0,
    };
    page.places.push(place);
    page.count += place.count;
    pages.set(place.pageHref, page);
  }
  return [...pages.values()];
}
