import { parse } from 'yaml';
import { nameKinds } from '../../schemas/names-table';

/**
 * Parser for content/ru/names.yaml: a mapping of kind → id → entry, flattened to one item per
 * entry. An entry is `{ name, short?, forms?, aliases? }`, or just the name (`moscow: Москва`).
 * The shape is checked here, each item by the schema (src/schemas/names-table.ts), the ids by the
 * data layer.
 */
export function parseNamesTable(fileName: string, text: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${fileName}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  if (data === null || data === undefined) return [];
  if (!isMapping(data))
    throw new Error(`${fileName}: expected a mapping of kinds (${nameKinds.join(', ')})`);
  const items: Record<string, unknown>[] = [];
  for (const [kind, entries] of Object.entries(data)) {
    if (!(nameKinds as readonly string[]).includes(kind))
      throw new Error(
        `${fileName}: unknown kind "${kind}" (expected one of ${nameKinds.join(', ')})`
      );
    if (entries === null) continue;
    if (!isMapping(entries))
      throw new Error(`${fileName}: under "${kind}", expected a mapping of ids to names`);
    for (const [target, entry] of Object.entries(entries)) {
      if (typeof entry === 'string') items.push({ kind, target, name: entry });
      else if (isMapping(entry)) items.push({ ...entry, kind, target });
      else
        throw new Error(
          `${fileName}: ${kind} "${target}" is neither a name nor { name, short?, forms?, aliases? }`
        );
    }
  }
  return items;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
