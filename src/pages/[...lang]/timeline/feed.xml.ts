/** /timeline/feed.xml: the timeline's events as RSS, newest first (src/lib/feed.ts). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadSiteData } from '../../data/site-data';
import { feedItems, FEED_TITLE } from '../../lib/feed';
import { SITE } from '../../lib/site';
import { EVENT_KIND_LABELS } from '../../lib/labels';
import { urls } from '../../lib/urls';

export async function GET(context: APIContext) {
  const { events } = await loadSiteData();
  const site = context.site ?? new URL('http://127.0.0.1:4321');
  return rss({
    title: FEED_TITLE,
    description: `Every dated event in the five source articles behind ${SITE.name}, newest first, each with its date as precisely as the sources give it.`,
    site: new URL(urls.timeline(), site).href,
    items: feedItems(
      events,
      (id) => new URL(urls.event(id), site).href,
      (kind) => EVENT_KIND_LABELS[kind as keyof typeof EVENT_KIND_LABELS]
    ),
    customData: `<language>${SITE.language}</language>`,
  });
}
