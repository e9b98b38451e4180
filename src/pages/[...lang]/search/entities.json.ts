import type { APIRoute } from 'astro';
import { loadSiteData } from '../../../data/site-data';
import { editionPaths } from '../../../data/route-data';
import { buildEntities, type EntityKind } from '../../../lib/search/lexicon';
import { quotedPlainText } from '../../../lib/translation/quoted-text';
import { urlsFor } from '../../../lib/site/urls';
import { strings } from '../../../i18n';
import type { Lang } from '../../../i18n/langs';

export function getStaticPaths() {
  return editionPaths(() => [{ params: {}, props: {} }]);
}

/**
 * The entities search puts first (src/lib/search/lexicon.ts), in the edition, fetched when search
 * opens (folded into search/lexicon.json by scripts/search-index.ts). Both editions know every
 * entry's names in both scripts: the Russian names table (its case forms in the Russian edition
 * only), and, in the Russian edition, the English titles.
 */
export const GET: APIRoute = async ({ props }) => {
  const { lang } = props as { lang: Lang };
  const data = await loadSiteData(lang);
  const english = await loadSiteData('en');
  const urls = urlsFor(lang);
  const table = { state: 'state', person: 'person', term: 'term' } as const;
  const more = (kind: EntityKind, id: string): string[] => {
    const named = kind === 'event' ? undefined : data.names.get(table[kind], id);
    // The case forms only where readers write Russian; on the English site the name, its short
    // form and aliases do (a case form typed there still meets them: understand.ts stems Cyrillic).
    const russian = named
      ? [named.name, named.short ?? '', ...(lang === 'ru' ? named.forms : []), ...named.aliases]
      : [];
    if (lang === 'en') return russian.filter(Boolean);
    const title =
      kind === 'state'
        ? english.byId.state(id).data.name
        : kind === 'person'
          ? english.byId.person(id).data.name
          : kind === 'term'
            ? english.byId.term(id).data.term
            : quotedPlainText(english.byId.event(id).data.title);
    return [...russian, title].filter(Boolean);
  };
  const entities = buildEntities(
    data,
    {
      state: (id, section) => urls.state(id, section),
      people: (id) => urls.people(id),
      glossary: (id) => urls.glossary(id),
      event: (id) => urls.event(id),
    },
    strings(lang).labels.status,
    more,
    lang
  );
  return new Response(JSON.stringify(entities), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
