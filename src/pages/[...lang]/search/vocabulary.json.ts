import type { APIRoute } from 'astro';
import { loadSiteData } from '../../../data/site-data';
import { editionPaths } from '../../../data/route-data';
import { buildVocabulary } from '../../../lib/search/lexicon';
import type { Lang } from '../../../i18n/langs';

export function getStaticPaths() {
  return editionPaths(() => [{ params: {}, props: {} }]);
}

/**
 * The content's words in the edition (src/lib/search/lexicon.ts), for correcting misspellings;
 * scripts/search-index.ts folds them into search/lexicon.json (one request for search's data).
 */
export const GET: APIRoute = async ({ props }) =>
  new Response(
    JSON.stringify(buildVocabulary(await loadSiteData((props as { lang: Lang }).lang))),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    }
  );
