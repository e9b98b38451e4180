/**
 * The outline of a page: the sections its template adds around the content's own headings, and
 * the order they come in. One owner, so the headings the components draw, the "On this page"
 * list and the A–Z index always name the same sections. Pure.
 */
import type { HeadingLike } from './toc';

/** Sections a template adds (their ids are published anchors; see tests/published-anchors.txt). */
export const PAGE_SECTIONS = {
  /** The facts box atop a state profile and a source page. */
  atAGlance: { id: 'at-a-glance', text: 'At a glance' },
  /** A state profile's events, after its MDX body. */
  stateEvents: { id: 'timeline', text: 'Events on the timeline' },
  /** A source page's guide to its paragraphs. */
  paragraphs: { id: 'paragraphs', text: 'Paragraph guide' },
  /** A source page's list of where the site cites it. */
  citedOnSite: { id: 'cited-on-this-site', text: 'Cited on this site' },
  /** The reference list at the end of every page that cites a source. */
  references: { id: 'references', text: 'Sources cited on this page' },
  /** Within it, one note per citation marker (an h3, not in "On this page"). */
  notes: { id: 'notes', text: 'Notes' },
} as const;

export type SectionKey = keyof typeof PAGE_SECTIONS;

/** The sections' titles in an edition (the dictionary's `sections`); English by default. */
export type SectionTitles = Readonly<Record<SectionKey, string>>;
const ENGLISH = Object.fromEntries(
  Object.entries(PAGE_SECTIONS).map(([key, section]) => [key, section.text])
) as SectionTitles;

const h2 = (key: SectionKey, titles: SectionTitles): HeadingLike => ({
  depth: 2,
  slug: PAGE_SECTIONS[key].id,
  text: titles[key],
});

/** Any page: its headings, then the references when it cites anything. */
export function withReferences(
  headings: readonly HeadingLike[],
  citesSources: boolean,
  titles: SectionTitles = ENGLISH
): HeadingLike[] {
  return citesSources ? [...headings, h2('references', titles)] : [...headings];
}

/** A state profile: At a glance, the MDX sections, its events (when it has any). */
export function stateSections(
  body: readonly HeadingLike[],
  hasEvents: boolean,
  titles: SectionTitles = ENGLISH
): HeadingLike[] {
  return [h2('atAGlance', titles), ...body, ...(hasEvents ? [h2('stateEvents', titles)] : [])];
}

/** A source page: At a glance, the MDX sections, the paragraph guide, where it is cited. */
export function sourceSections(
  body: readonly HeadingLike[],
  titles: SectionTitles = ENGLISH
): HeadingLike[] {
  return [h2('atAGlance', titles), ...body, h2('paragraphs', titles), h2('citedOnSite', titles)];
}
