/** /data/<name>.json (and /ru/data/<name>.json): the open-data tables as JSON (src/lib/site/open-data.ts). */
import type { APIContext } from 'astro';
import { siteDatasets } from '../../../data/open-data-site';
import { editionPaths } from '../../../data/route-data';
import { DATASET_IDS, toJson } from '../../../lib/site/open-data';
import type { Lang } from '../../../i18n/langs';

export function getStaticPaths() {
  return editionPaths(() => DATASET_IDS.map((name) => ({ params: { name }, props: {} })));
}

export async function GET({ params, props, site }: APIContext) {
  const { lang } = props as { lang: Lang };
  const dataset = (await siteDatasets(site, lang)).find((d) => d.id === params.name);
  if (!dataset)
    throw new Error(`No open-data dataset "${params.name}" (src/lib/site/open-data.ts)`);
  return new Response(toJson(dataset), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
