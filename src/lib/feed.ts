/**
 * The timeline as a feed (RSS 2.0, written by @astrojs/rss in src/pages/timeline/feed.xml.ts):
 * one item per event, newest first. RSS needs a full date for each item; an event the sources
 * date only to a month or a year gets the first day of it, and its description says the date as
 * precisely as the sources give it.
 */
import { compareDates, formatPartialDate, mustParse } from './dates';

export const FEED_PATH = '/timeline/feed.xml';
export const FEED_TITLE = 'The CSTO in Question: timeline';

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

/** The first moment of a partial date, in UTC. */
export function startOf(date: string): Date {
  const { year, month = 1, day = 1 } = mustParse(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Feed items, newest first; `link` gives an event's absolute URL, `kindLabel` its kind's label. */
export function feedItems(events: readonly FeedEvent[], link: (id: string) => string, kindLabel: (kind: string) => string): FeedItem[] {
  return [...events]
    .sort((a, b) => compareDates(b.data.date, a.data.date))
    .map((event) => ({
      title: `${event.data.title} (${formatPartialDate(event.data.date)})`,
      link: link(event.id),
      pubDate: startOf(event.data.date),
      description: `${formatPartialDate(event.data.date)}: ${event.data.summary}`,
      categories: [kindLabel(event.data.kind)],
    }));
}
