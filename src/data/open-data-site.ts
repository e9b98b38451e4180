/**
 * The open-data tables of this build (src/lib/site/open-data.ts) in an edition, with the site's
 * absolute page URLs: the Russian tables carry the Russian text and link the Russian pages.
 */
import { loadSiteData } from './site-data';
import { datasets, type Dataset } from '../lib/site/open-data';
import { urlsFor } from '../lib/site/urls';
import { strings } from '../i18n';
import type { Lang } from '../i18n/langs';

export async function siteDatasets(site: URL | undefined, lang: Lang = 'en'): Promise<Dataset[]> {
  const data = await loadSiteData(lang);
  const urls = urlsFor(lang);
  const at = (path: string) => new URL(path, site).href;
  return datasets(
    {
      ...data,
      pageUrl: (kind, id) =>
        at(
          kind === 'event'
            ? urls.event(id)
            : kind === 'state'
              ? urls.state(id)
              : kind === 'person'
                ? urls.people(id)
                : urls.glossary(id)
        ),
    },
    strings(lang).openData
  );
}
