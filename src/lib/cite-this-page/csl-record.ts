/**
 * Page references: the record a reference manager gets for a page of this site, as CSL-JSON
 * (written out as BibTeX with citation-js and as RIS here, by the endpoints beside each page,
 * src/pages/[...page]/cite.bib.ts and cite.ris.ts). It is made from the page's route data, as the
 * page's citation_* meta tags are, so the downloads and what Zotero reads from the page agree.
 */
/** The downloads beside each page: /states/armenia/cite.bib, /states/armenia/cite.ris. */
export const PAGE_REFERENCE_FILES = { bibtex: 'cite.bib', ris: 'cite.ris' } as const;

export interface CitationMeta {
  title: string;
  publisher: string;
  /** The last change: YYYY-MM-DD (or YYYY/MM/DD, as citation_online_date writes it). */
  modified: string;
  language: string;
  url: string;
  /** The site's "as of" date in words, e.g. "23 July 2025". */
  asOf?: string | undefined;
  /** How the note words it in the page's language: "As of 23 July 2025". */
  asOfNote?: (date: string) => string;
}

export interface CslRecord {
  id: string;
  /** The BibTeX key. */
  'citation-key': string;
  type: 'webpage';
  title: string;
  'container-title': string;
  publisher: string;
  issued: { 'date-parts': [[number, number, number]] };
  language: string;
  URL: string;
  note?: string;
}

const dateParts = (date: string): [number, number, number] => {
  const [y = 0, m = 1, d = 1] = date.split(/[/-]/).map(Number);
  return [y, m, d];
};

/**
 * A stable citation key from the page's path: "/states/armenia/" → "csto_states_armenia",
 * "/ru/states/armenia/" → "csto_ru_states_armenia" (underscores: BibTeX tools treat hyphens in
 * keys as unsafe).
 */
export function citationKey(path: string): string {
  const slug = path
    .split('/')
    .filter(Boolean)
    .join('_')
    .replace(/[^a-z0-9_]/gi, '_');
  return slug ? `csto_${slug}` : 'csto_home';
}

/** The page's record; dated by its last change (the version a reader cites). */
export function cslRecord(path: string, meta: CitationMeta): CslRecord {
  const key = citationKey(path);
  return {
    id: key,
    'citation-key': key,
    type: 'webpage',
    title: meta.title,
    'container-title': meta.publisher,
    publisher: meta.publisher,
    issued: { 'date-parts': [dateParts(meta.modified)] },
    language: meta.language,
    URL: meta.url,
    ...(meta.asOf ? { note: meta.asOfNote ? meta.asOfNote(meta.asOf) : `As of ${meta.asOf}` } : {}),
  };
}

/**
 * The record as RIS (tagged lines, CRLF, ending in "ER  -"). Written here rather than by
 * citation-js, whose RIS output breaks every value after 70 characters, mid-word.
 */
export function toRis(record: CslRecord): string {
  const [[year, month, day]] = record.issued['date-parts'];
  const pad = (n: number) => String(n).padStart(2, '0');
  const one = (text: string) => text.replace(/\s+/g, ' ').trim();
  const lines: [string, string | undefined][] = [
    ['TY', 'ELEC'],
    ['TI', record.title],
    ['T2', record['container-title']],
    ['PB', record.publisher],
    ['PY', String(year)],
    ['DA', `${year}/${pad(month)}/${pad(day)}/`],
    ['LA', record.language],
    ['UR', record.URL],
    ['N1', record.note],
    ['ID', record['citation-key']],
  ];
  return [
    ...lines.filter(([, v]) => v).map(([tag, value]) => `${tag}  - ${one(value!)}`),
    'ER  - ',
    '',
  ].join('\r\n');
}

/** The language names BibTeX styles and biblatex (babel/polyglossia) know. */
const BIBTEX_LANGUAGES: Readonly<Record<string, string>> = { en: 'english', ru: 'russian' };

/**
 * A one-entry BibTeX file with the entry's language added before its closing brace:
 * `language = {russian}` (BibTeX styles that print it) and `langid = {russian}` (biblatex, for
 * hyphenation and the entry's own typography). citation-js writes neither.
 */
export function withBibtexLanguage(bib: string, lang: string): string {
  const name = BIBTEX_LANGUAGES[lang] ?? lang;
  const end = bib.lastIndexOf('}');
  if (end < 0) throw new Error('withBibtexLanguage: not a BibTeX entry');
  const before = bib.slice(0, end).replace(/,?\s*$/, ',\n');
  return `${before}\tlanguage = {${name}},\n\tlangid = {${name}},\n${bib.slice(end)}`;
}
