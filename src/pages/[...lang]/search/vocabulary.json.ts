import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data';
import { buildVocabulary } from '../../lib/search-lexicon';

/** The content's words (src/lib/search-lexicon.ts), fetched when a query needs correcting. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildVocabulary(await loadSiteData())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
