/**
 * Page references: how a reader cites this site's pages and sections ("Cite this page"), as
 * opposed to the site's citations of its sources (pinpoints.ts, citation-markers.ts). An APA-like style
 * for web pages: the pages carry no publication date ("n.d." in the date's place), so the title
 * says how current the page is — the site's "as of" date, the newest dated source — in brackets,
 * as APA describes a title, and the reader's date of access follows:
 *
 *   The CSTO in Question. (n.d.). Grievances — Armenia [as of 23 July 2025]. Retrieved 23 November 2026, from https://…/states/armenia/#grievances
 *
 * Titles are not put in quotation marks: on this site quotation marks are kept for words the
 * sources print (and the source-overlap check treats them so). The Russian edition words it as
 * Russian references do ("(б. д.)", "[по состоянию на …]", "Дата обращения: …. URL: …"), from
 * the dictionaries' `client.citation` (this module is bundled into the browser code).
 * Used at build time (the page's citation box) and in the browser (src/client/cite-this.ts).
 */
import { formatPartialDate, MONTHS } from '../content/dates';
import { client as english } from '../../i18n/en';
import { client as russian } from '../../i18n/ru';
import type { Lang } from '../../i18n/langs';

const WORDS = { en: english.citation, ru: russian.citation } as const;

/**
 * "23 November 2026" ("23 ноября 2026 года"): the reader's local date, in words, whatever the
 * browser's locale.
 */
export function formatAccessDate(date: Date, lang: Lang = 'en'): string {
  if (lang === 'ru') {
    const pad = (n: number) => String(n).padStart(2, '0');
    return formatPartialDate(
      `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
      'ru'
    );
  }
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

export interface CitationParts {
  /** The page's title (its h1). */
  page: string;
  /** The section's heading, for a section citation. */
  section?: string | undefined;
  /** The site's name. */
  site: string;
  /** The page's URL, with the section's #anchor for a section citation. */
  url: string;
  /** The date of access, already in words (see formatAccessDate). */
  accessed: string;
  /** The date the site is current to, in words ("23 July 2025"); "n.d." when there is none. */
  asOf?: string | undefined;
}

/** Collapses runs of white space (headings rendered from HTML carry line breaks). */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Ends a title with a full stop unless it already ends with a stop, question or exclamation mark. */
function closed(title: string): string {
  return /[.?!…]$/.test(title) ? title : `${title}.`;
}

/** The title part: "Section — Page.", or "Page." for the page itself. */
export function citationTitle(page: string, section?: string): string {
  const p = clean(page);
  const s = section === undefined ? '' : clean(section);
  const title = s && s !== p ? `${s.replace(/[.:;,]$/, '')} — ${p}` : p;
  return closed(title);
}

/** The whole citation as one line of plain text, in the page's language. */
export function formatCitation(
  { page, section, site, url, accessed, asOf }: CitationParts,
  lang: Lang = 'en'
): string {
  const words = WORDS[lang];
  const title = citationTitle(page, section);
  const bare = title.endsWith('.') ? title.slice(0, -1) : title;
  const described = asOf ? `${bare} [${words.asOf(clean(asOf))}].` : title;
  return `${closed(clean(site))} (${words.noDate}). ${described} ${words.retrieved(clean(accessed), url)}`;
}

/**
 * The page's URL with a section's anchor: any query (a timeline filter) and old anchor dropped,
 * so that the citation points at the section itself.
 */
export function sectionUrl(pageUrl: string, id?: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = id ?? '';
  return url.href;
}
