/**
 * How a source article is named to readers: the short label in citation markers ("Forbes") and
 * the full reference in tooltips, reference lists and the source page. Unprinted facts are said
 * to be unprinted, never filled in.
 */
import { formatPartialDate } from './dates';
import type { SourceData } from '../schemas/source';

/**
 * "Mark Temnycky, “Russia's Military Alliance Is Slowly Unraveling”. Forbes, 18 July 2025."
 * The headline is the source's own words, so it stands in quotation marks, exactly as printed.
 */
export function fullReference(
  data: Pick<SourceData, 'author' | 'headline' | 'outlet' | 'short' | 'date' | 'inferred'>
): string {
  const inferred = (field: 'author' | 'date') => data.inferred.includes(field);
  const author = data.author
    ? inferred('author')
      ? `${data.author} (inferred; not printed)`
      : data.author
    : 'No author printed';
  const headline = data.headline ? `“${data.headline}”` : 'no headline printed';
  const outlet = data.outlet ?? `${data.short} (outlet not printed)`;
  const date = data.date
    ? inferred('date')
      ? `undated (about ${formatPartialDate(data.date)}, inferred)`
      : formatPartialDate(data.date)
    : 'undated';
  return `${author}, ${headline}. ${outlet}, ${date}.`;
}
