/**
 * The timeline as a feed (RSS 2.0, written by @astrojs/rss in src/pages/[...lang]/timeline/feed.xml.ts):
 * one item per event, newest first, in the timeline's order. RSS needs a full date for each item:
 * an event the sources date only to a month gets the first day of it (it heads its month on the
 * timeline), one dated only to a year the last day of it (it follows that year's dated events);
 * its description says the date as precisely as the sources give it.
 */
import { compareDates, formatPartialDate, mustParse } from '../content/dates';
import { quotedPlainText } from '../translation/quoted-text';

/** Below the base path and the edition's prefix: the Russian feed is /ru/timeline/feed.xml. */
export const FEED_PATH = '/timeline/feed.xml';

export interface FeedEvent {
  id: string;
  data: { date: string; title: string; summary: string; kind: string };
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** The day an item is filed under, in UTC: the date itself, a month's first day, a year's last. */
export function startOf(date: string): Date {
  const { year, month, day = 1, precision } = mustParse(date);
  if (precision === 'year') return new Date(Date.UTC(year, 11, 31));
  return new Date(Date.UTC(year, (month ?? 1) - 1, day));
}

/**
 * Feed items, newest first; `link` gives an event's absolute URL, `kindLabel` its kind's label.
 * Dates in the edition's language; a Russian quotation's markup becomes «…».
 */
export function feedItems(
  events: readonly FeedEvent[],
  link: (id: string) => string,
  kindLabel: (kind: string) => string,
  lang: 'en' | 'ru' = 'en'
): FeedItem[] {
  return [...events]
    .sort((a, b) => compareDates(b.data.date, a.data.date))
    .map((event) => {
      const date = formatPartialDate(event.data.date, lang);
      return {
        title: `${quotedPlainText(event.data.title)} (${date})`,
        link: link(event.id),
        pubDate: startOf(event.data.date),
        description: `${date}: ${quotedPlainText(event.data.summary)}`,
        categories: [kindLabel(event.data.kind)],
      };
    });
}
