/** /data/<name>.csv: the open-data tables as CSV (src/lib/open-data.ts). */
import type { APIContext } from 'astro';
import { siteDatasets } from '../../data/open-data-site';
import { DATASET_IDS, toCsv } from '../../lib/open-data';

export function getStaticPaths() {
  return DATASET_IDS.map((name) => ({ params: { name } }));
}

export async function GET({ params, site }: APIContext) {
  const dataset = (await siteDatasets(site)).find((d) => d.id === params.name)!;
  return new Response(toCsv(dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
