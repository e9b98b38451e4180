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

export type PageSection = (typeof PAGE_SECTIONS)[keyof typeof PAGE_SECTIONS];

const h2 = (section: PageSection): HeadingLike => ({
  depth: 2,
  slug: section.id,
  text: section.text,
});

/** Any page: its headings, then the references when it cites anything. */
export function withReferences(
  headings: readonly HeadingLike[],
  citesSources: boolean
): HeadingLike[] {
  return citesSources ? [...headings, h2(PAGE_SECTIONS.references)] : [...headings];
}

/** A state profile: At a glance, the MDX sections, its events (when it has any). */
export function stateSections(body: readonly HeadingLike[], hasEvents: boolean): HeadingLike[] {
  return [
    h2(PAGE_SECTIONS.atAGlance),
    ...body,
    ...(hasEvents ? [h2(PAGE_SECTIONS.stateEvents)] : []),
  ];
}

/** A source page: At a glance, the MDX sections, the paragraph guide, where it is cited. */
export function sourceSections(body: readonly HeadingLike[]): HeadingLike[] {
  return [
    h2(PAGE_SECTIONS.atAGlance),
    ...body,
    h2(PAGE_SECTIONS.paragraphs),
    h2(PAGE_SECTIONS.citedOnSite),
  ];
}
