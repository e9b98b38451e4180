/**
 * An MDX body's sections with the references cited in each, from its outline (./mdx-outline.ts):
 * used to list where each source paragraph is cited, and by the build's rule that every section
 * with facts cites something. Text inside <SiteNote> (sentences about the site itself) is not
 * prose that needs a citation. Pure.
 */
import type { MdxOutline } from './mdx-outline';
import { sourceOf } from '../citations/pinpoints';

export interface BodySection {
  /** The heading's id, or "" for text before the first heading. */
  id: string;
  title: string;
  /** The references cited, as written ("forbes:4"), in order, with repeats. */
  references: string[];
  /** The source ids of those references, in order, with repeats. */
  sources: string[];
  /** Whether the section has text of its own that needs a citation (not just sub-headings, a component or a SiteNote). */
  hasProse: boolean;
}

export function sectionsOf(outline: MdxOutline): BodySection[] {
  return outline.sections.map((section) => {
    const references = outline.items.flatMap((item) =>
      item.kind === 'cite' && item.section === section.id ? item.refs : []
    );
    return {
      id: section.id,
      title: section.title,
      references,
      sources: references.map(sourceOf),
      hasProse: section.hasProse,
    };
  });
}

/** Sections with text of their own that cite no source: each must say where its facts come from. */
export function findUncitedSections(file: string, outline: MdxOutline): string[] {
  return sectionsOf(outline)
    .filter((section) => section.hasProse && section.sources.length === 0)
    .map(
      (section) =>
        `${file}: ${section.id ? `section "${section.title}" (#${section.id})` : 'the text before the first heading'} cites no source; add <Cite s="source:paragraph" /> after its claims, or wrap sentences about the site itself in <SiteNote>`
    );
}
