/**
 * Reads an MDX body as a list of sections: each <h2|h3 id="…">…</h2|h3> heading and the
 * references cited before the next heading. Used to list where each source paragraph is cited,
 * and by the build's rule that every section with facts cites something. Text inside
 * <SiteNote> (sentences about the site itself) is not prose that needs a citation.
 */
import { citationsInMdx, withoutSiteNotes } from './citations';
import { sourceOf } from './pinpoints';

export interface BodySection {
  /** The heading's id, or "" for text before the first heading. */
  id: string;
  title: string;
  /** The source ids of those references, in order, with repeats. */
  sources: string[];
  /** The references cited, as written ("forbes:4"), in order, with repeats. */
  references: string[];
  /** Whether the section has text of its own that needs a citation (not just sub-headings, a component or a SiteNote). */
  hasProse: boolean;
}

const HEADING = /<h([2-4])\s+id=["']([^"']+)["']\s*>([\s\S]*?)<\/h\1>/g;

export function sectionsOf(body: string): BodySection[] {
  const sections: BodySection[] = [];
  let last = 0;
  let current: Pick<BodySection, 'id' | 'title'> = { id: '', title: '' };
  const segment = (text: string) => {
    const references = citationsInMdx(text);
    return {
      references,
      sources: references.map(sourceOf),
      hasProse: /[\p{L}\p{N}]/u.test(withoutSiteNotes(text).replace(/<[^>]*>/g, '')),
    };
  };
  for (const match of body.matchAll(HEADING)) {
    sections.push({ ...current, ...segment(body.slice(last, match.index)) });
    current = { id: match[2] ?? '', title: (match[3] ?? '').replace(/<[^>]+>|[*_`]/g, '').trim() };
    last = (match.index ?? 0) + match[0].length;
  }
  sections.push({ ...current, ...segment(body.slice(last)) });
  return sections.filter((s) => s.id !== '' || s.hasProse);
}

/** Sections with text of their own that cite no source: each must say where its facts come from. */
export function findUncitedSections(file: string, body: string): string[] {
  return sectionsOf(body)
    .filter((section) => section.hasProse && section.sources.length === 0)
    .map(
      (section) =>
        `${file}: ${section.id ? `section "${section.title}" (#${section.id})` : 'the text before the first heading'} cites no source; add <Cite s="source:paragraph" /> after its claims, or wrap sentences about the site itself in <SiteNote>`
    );
}
