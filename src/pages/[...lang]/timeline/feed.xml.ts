/**
 * /timeline/feed.xml (and /ru/timeline/feed.xml): the timeline's events as RSS, newest first
 * (src/lib/site/feed.ts), in the edition's language.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadSiteData } from '../../../data/site-data';
import { editionPaths } from '../../../data/route-data';
import { feedItems } from '../../../lib/site/feed';
import { urlsFor } from '../../../lib/site/urls';
import { LANG_TAGS, type Lang } from '../../../i18n/langs';
import { strings } from '../../../i18n';

export function getStaticPaths() {
  return editionPaths(() => [{ params: {}, props: {} }]);
}

export async function GET(context: APIContext) {
  const { lang } = context.props as { lang: Lang };
  const { events } = await loadSiteData(lang);
  const t = strings(lang);
  const urls = urlsFor(lang);
  const site = context.site ?? new URL('http://127.0.0.1:4321');
  return rss({
    title: t.feed.title,
    description: t.feed.description(t.site.name),
    site: new URL(urls.timeline(), site).href,
    items: feedItems(
      events,
      (id) => new URL(urls.event(id), site).href,
      (kind) => t.labels.eventKind[kind as keyof typeof t.labels.eventKind],
      lang
    ),
    customData: `<language>${LANG_TAGS[lang]}</language>`,
  });
}
