/** /data/<name>.json: the open-data tables as JSON (src/lib/open-data.ts). */
import type { APIContext } from 'astro';
import { siteDatasets } from '../../data/open-data-site';
import { DATASET_IDS, toJson } from '../../lib/open-data';

export function getStaticPaths() {
  return DATASET_IDS.map((name) => ({ params: { name } }));
}

export async function GET({ params, site }: APIContext) {
  const dataset = (await siteDatasets(site)).find((d) => d.id === params.name)!;
  return new Response(toJson(dataset), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
