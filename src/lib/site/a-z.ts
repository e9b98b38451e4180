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

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'j',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'hard',
  ы: 'y',
  ь: 'soft',
  э: 'eh',
  ю: 'yu',
  я: 'ya',
};

/**
 * The id of a letter's section: "letter-a"; a Cyrillic letter transliterated and kept apart from
 * the Latin one (the Russian index has both): "ж" → "letter-cyr-zh", "ф" → "letter-cyr-f".
 */
function letterId(letter: string): string {
  const lower = letter.toLowerCase();
  const cyrillic = CYRILLIC[lower];
  return cyrillic ? `letter-cyr-${cyrillic}` : `letter-${lower}`;
}

/**
 * The entries sorted A to Z (ignoring case and accents) in the edition's language — in Russian,
 * А to Я and then the Latin names — grouped under their first letter.
 */
export function azIndex(entries: readonly IndexEntry[], lang: 'en' | 'ru' = 'en'): IndexLetter[] {
  const sorted = [...entries].sort((a, b) =>
    a.title.localeCompare(b.title, lang, { sensitivity: 'base' })
  );
  const letters = new Map<string, IndexEntry[]>();
  for (const entry of sorted) {
    const letter = (/[\p{L}\p{N}]/u.exec(entry.title)?.[0] ?? entry.title[0]!).toUpperCase();
    letters.set(letter, [...(letters.get(letter) ?? []), entry]);
  }
  return [...letters].map(([letter, grouped]) => ({
    letter,
    id: letterId(letter),
    entries: grouped,
  }));
}
