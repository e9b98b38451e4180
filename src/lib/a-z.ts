/**
 * The A–Z index: every page and its sections, in alphabetical order, grouped by first letter.
 * The data layer (src/data/a-z-entries.ts) gathers the entries; this sorts and groups them. Pure.
 */
import { buildToc, type HeadingLike } from './toc';

export interface IndexSection {
  text: string;
  href: string;
}
export interface IndexEntry {
  title: string;
  href: string;
  sections: IndexSection[];
}
export interface IndexLetter {
  letter: string;
  id: string;
  entries: IndexEntry[];
}

/** An entry for a page at `href` with these headings: every h2 and h3 the page's contents list. */
export function indexEntry(
  title: string,
  href: string,
  headings: readonly HeadingLike[] = []
): IndexEntry {
  const sections = buildToc(headings).flatMap((item) => [item, ...item.children]);
  return {
    title,
    href,
    sections: sections.map((item) => ({ text: item.text, href: `${href}#${item.id}` })),
  };
}

/** The entries sorted A to Z (ignoring case and accents), grouped under their first letter. */
export function azIndex(entries: readonly IndexEntry[]): IndexLetter[] {
  const sorted = [...entries].sort((a, b) =>
    a.title.localeCompare(b.title, 'en', { sensitivity: 'base' })
  );
  const letters = new Map<string, IndexEntry[]>();
  for (const entry of sorted) {
    const letter = entry.title[0]!.toUpperCase();
    letters.set(letter, [...(letters.get(letter) ?? []), entry]);
  }
  return [...letters].map(([letter, grouped]) => ({
    letter,
    id: `letter-${letter.toLowerCase()}`,
    entries: grouped,
  }));
}
