import { nameKinds } from '../../schemas/names-table';
import { isMapping, readKindMapping } from '../content/kind-mapping';

/**
 * Parser for content/ru/names.yaml: a mapping of kind → id → entry, flattened to one item per
 * entry. An entry is `{ name, short?, forms?, aliases? }`, or just the name (`moscow: Москва`).
 * The shape is checked by readKindMapping and here, each item by the schema
 * (src/schemas/names-table.ts), the ids by the data layer.
 */
export function parseNamesTable(fileName: string, text: string): Record<string, unknown>[] {
  return readKindMapping(fileName, text, nameKinds, 'names').map(({ kind, target, value }) => {
    if (typeof value === 'string') return { kind, target, name: value };
    if (isMapping(value)) return { ...value, kind, target };
    throw new Error(
      `${fileName}: ${kind} "${target}" is neither a name nor { name, short?, forms?, aliases? }`
    );
  });
}
