import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data';
import { buildEntities } from '../../lib/search-lexicon';
import { STATUS_LABELS } from '../../lib/labels';
import { urls } from '../../lib/urls';

/** The entities search puts first (src/lib/search-lexicon.ts), fetched when search opens. */
export const GET: APIRoute = async () => {
  const entities = buildEntities(
    await loadSiteData(),
    {
      state: (id, section) => urls.state(id, section),
      people: (id) => urls.people(id),
      glossary: (id) => urls.glossary(id),
      event: (id) => urls.event(id),
    },
    STATUS_LABELS
  );
  return new Response(JSON.stringify(entities), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
