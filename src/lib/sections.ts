/**
 * Reads an MDX body as a list of sections: each <h2|h3 id="…">…</h2|h3> heading and the source
 * ids cited before the next heading. Used to list where each source is cited, and by the tests
 * that require every section to cite something.
 */
import { citationsInMdx } from './citations';

export interface BodySection {
  /** The heading's id, or "" for text before the first heading. */
  id: string;
  title: string;
  sources: string[];
  /** Whether the section has text of its own (not just sub-headings or a component). */
  hasProse: boolean;
}

const HEADING = /<h([2-4])\s+id=["']([^"']+)["']\s*>([\s\S]*?)<\/h\1>/g;

export function sectionsOf(body: string): BodySection[] {
  const sections: BodySection[] = [];
  let last = 0;
  let current: Pick<BodySection, 'id' | 'title'> = { id: '', title: '' };
  const segment = (text: string) => ({ sources: citationsInMdx(text), hasProse: /[\p{L}\p{N}]/u.test(text.replace(/<[^>]*>/g, '')) });
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
    .map((section) => `${file}: ${section.id ? `section "${section.title}" (#${section.id})` : 'the text before the first heading'} cites no source; add <Cite s="…" />`);
}
