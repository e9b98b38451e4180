import { parse } from 'yaml';
import { searchNameKinds } from '../../schemas/search-names';

/**
 * Parser for content/search-names.yaml: a mapping of kind → entry id → list of names, flattened to
 * one item per entry. The shape is checked here (the schema checks each item, site-data.ts the ids).
 */
export function parseSearchNames(
  fileName: string,
  text: string
): { kind: string; target: string; names: unknown }[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${fileName}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  if (data === null || data === undefined) return [];
  if (!isMapping(data))
    throw new Error(
      `${fileName}: expected a mapping of kinds (${searchNameKinds.join(', ')}), found ${describe(data)}`
    );
  const items: { kind: string; target: string; names: unknown }[] = [];
  for (const [kind, entries] of Object.entries(data)) {
    if (!(searchNameKinds as readonly string[]).includes(kind))
      throw new Error(
        `${fileName}: unknown kind "${kind}" (expected one of ${searchNameKinds.join(', ')})`
      );
    if (entries === null) continue;
    if (!isMapping(entries))
      throw new Error(
        `${fileName}: under "${kind}", expected a mapping of ids to lists of names, found ${describe(entries)}`
      );
    for (const [target, names] of Object.entries(entries)) items.push({ kind, target, names });
  }
  return items;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'a list' : typeof value;
}
