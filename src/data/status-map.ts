/**
 * The status map's geometry, drawn once per build: world-atlas read, simplified and projected the
 * first time a set of states asks for it, then shared by every page and edition that shows it (the
 * shapes are the same in English and Russian; only the words around them differ). The component
 * (StatusMap.astro) only renders what this returns.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildStatusMap, type CountryTopology, type StatusMapData } from '../lib/membership/map';

/** The space around the drawing: the legend sits below, the Caucasus box on the left. */
const PADDING = { top: 8, right: 8, bottom: 56, left: 128 };

let topology: CountryTopology | undefined;
const drawn = new Map<string, StatusMapData>();

/**
 * The map of `stateIds` (content/states ids), computed once per set of ids: in any order, since
 * each edition lists its states in its own alphabetical order and the shapes do not depend on it.
 */
export function statusMap(stateIds: readonly string[]): StatusMapData {
  const key = [...stateIds].sort().join(',');
  let map = drawn.get(key);
  if (!map) {
    topology ??= JSON.parse(
      readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8')
    ) as CountryTopology;
    map = buildStatusMap(topology, { stateIds: [...stateIds], padding: PADDING });
    drawn.set(key, map);
  }
  return map;
}
