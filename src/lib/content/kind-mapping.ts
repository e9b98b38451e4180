import { parse } from 'yaml';

/**
 * Reads a YAML file that maps kinds to entry ids to a value each (content/search-names.yaml,
 * content/ru/names.yaml), flattened to one item per entry. The shape is checked here, failing
 * with the file's name: YAML that does not parse, a kind not in `kinds`, a kind that is not a
 * mapping of ids. What each value holds is the caller's to check.
 *
 *   readKindMapping('content/ru/names.yaml', text, nameKinds, 'names')
 *   // → [{ kind: 'state', target: 'armenia', value: 'Армения' }, …]
 */
export function readKindMapping(
  fileName: string,
  text: string,
  kinds: readonly string[],
  /** What a kind's ids map to, for the message: "lists of names". */
  values: string
): { kind: string; target: string; value: unknown }[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${fileName}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  if (data === null || data === undefined) return [];
  if (!isMapping(data))
    throw new Error(
      `${fileName}: expected a mapping of kinds (${kinds.join(', ')}), found ${describe(data)}`
    );
  const items: { kind: string; target: string; value: unknown }[] = [];
  for (const [kind, entries] of Object.entries(data)) {
    if (!kinds.includes(kind))
      throw new Error(`${fileName}: unknown kind "${kind}" (expected one of ${kinds.join(', ')})`);
    if (entries === null) continue;
    if (!isMapping(entries))
      throw new Error(
        `${fileName}: under "${kind}", expected a mapping of ids to ${values}, found ${describe(entries)}`
      );
    for (const [target, value] of Object.entries(entries)) items.push({ kind, target, value });
  }
  return items;
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'a list' : typeof value;
}
