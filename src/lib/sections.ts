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
}

const HEADING = /<h([2-4])\s+id=["']([^"']+)["']\s*>([\s\S]*?)<\/h\1>/g;

export function sectionsOf(body: string): BodySection[] {
  const sections: BodySection[] = [];
  let last = 0;
  let current: Omit<BodySection, 'sources'> = { id: '', title: '' };
  for (const match of body.matchAll(HEADING)) {
    sections.push({ ...current, sources: citationsInMdx(body.slice(last, match.index)) });
    current = { id: match[2] ?? '', title: (match[3] ?? '').replace(/<[^>]+>|[*_`]/g, '').trim() };
    last = (match.index ?? 0) + match[0].length;
  }
  sections.push({ ...current, sources: citationsInMdx(body.slice(last)) });
  return sections.filter((s) => s.id !== '' || s.sources.length > 0);
}
