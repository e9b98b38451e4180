import type { APIRoute } from 'astro';
import { loadSiteData } from '../../../data/site-data';
import { editionPaths } from '../../../data/route-data';
import { buildEntities } from '../../../lib/search-lexicon';
import { urlsFor } from '../../../lib/urls';
import { strings } from '../../../i18n';
import type { Lang } from '../../../i18n/langs';

export function getStaticPaths() {
  return editionPaths(() => [{ params: {}, props: {} }]);
}

/** The entities search puts first (src/lib/search-lexicon.ts), in the edition, fetched when search opens. */
export const GET: APIRoute = async ({ props }) => {
  const { lang } = props as { lang: Lang };
  const urls = urlsFor(lang);
  const entities = buildEntities(
    await loadSiteData(lang),
    {
      state: (id, section) => urls.state(id, section),
      people: (id) => urls.people(id),
      glossary: (id) => urls.glossary(id),
      event: (id) => urls.event(id),
    },
    strings(lang).labels.status
  );
  return new Response(JSON.stringify(entities), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
