import type { APIRoute } from 'astro';
import { loadSiteData, type MdxEntry } from '../../../data/site-data';
import { editionPaths } from '../../../data/route-data';
import { buildVocabulary } from '../../../lib/search/lexicon';
import type { Lang } from '../../../i18n/langs';

export function getStaticPaths() {
  return editionPaths(() => [{ params: {}, props: {} }]);
}

async function vocabularyOf(lang: Lang) {
  const data = await loadSiteData(lang);
  return buildVocabulary(data, (entry) => data.outline(entry as MdxEntry).prose);
}

/**
 * The content's words in the edition (src/lib/search/lexicon.ts), for correcting misspellings;
 * scripts/search-index.ts folds them into search/lexicon.json (one request for search's data).
 */
export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await vocabularyOf((props as { lang: Lang }).lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
