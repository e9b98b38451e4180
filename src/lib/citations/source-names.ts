/**
 * How a source article is named to readers: the short label in citation markers ("Forbes") and
 * the full reference in tooltips, reference lists and the source page. Unprinted facts are said
 * to be unprinted, never filled in. In the Russian edition the words around the article's own
 * (its author, headline and outlet, as printed) are Russian.
 */
import { formatPartialDate } from '../content/dates';
import type { SourceData } from '../../schemas/source';
import { ui as english } from '../../i18n/en';
import type { Lang } from '../../i18n/langs';

/**
 * "Mark Temnycky, “Russia's Military Alliance Is Slowly Unraveling”. Forbes, 18 July 2025."
 * The headline is the source's own words, so it stands in quotation marks, exactly as printed.
 */
export function fullReference(
  data: Pick<SourceData, 'author' | 'headline' | 'outlet' | 'short' | 'date' | 'inferred'>,
  lang: Lang = 'en',
  words: typeof english.reference = english.reference
): string {
  const inferred = (field: 'author' | 'date') => data.inferred.includes(field);
  const author = data.author
    ? inferred('author')
      ? words.inferredAuthor(data.author)
      : data.author
    : words.noAuthor;
  const headline = data.headline ? `“${data.headline}”` : words.noHeadline;
  const outlet = data.outlet ?? words.outletNotPrinted(data.short);
  const date = data.date
    ? inferred('date')
      ? words.inferredDate(formatPartialDate(data.date, lang))
      : formatPartialDate(data.date, lang)
    : words.undated;
  return `${author}, ${headline}. ${outlet}, ${date}.`;
}
