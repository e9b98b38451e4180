/** The open-data tables of this build (src/lib/open-data.ts), with the site's absolute page URLs. */
import { loadSiteData } from './site-data';
import { datasets, type Dataset } from '../lib/open-data';
import { urls } from '../lib/urls';

export async function siteDatasets(site: URL | undefined): Promise<Dataset[]> {
  const data = await loadSiteData();
  const at = (path: string) => new URL(path, site).href;
  return datasets({
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
  });
}
