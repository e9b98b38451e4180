import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/site-data';
import { buildLexicon } from '../../lib/search-lexicon';
import { urls } from '../../lib/urls';

/** The search lexicon (entities and vocabulary, see src/lib/search-lexicon.ts), fetched when search opens. */
export const GET: APIRoute = async () => {
  const lexicon = buildLexicon(await loadSiteData(), { state: (id, section) => urls.state(id, section), people: (id) => urls.people(id), glossary: (id) => urls.glossary(id), event: (id) => urls.event(id) });
  return new Response(JSON.stringify(lexicon), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
