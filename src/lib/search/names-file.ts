import { searchNameKinds } from '../../schemas/search-names';
import { readKindMapping } from '../content/kind-mapping';

/**
 * Parser for content/search-names.yaml: a mapping of kind → entry id → list of names, flattened to
 * one item per entry. The shape is checked by readKindMapping, each item by the schema, the ids by
 * site-data.ts.
 */
export function parseSearchNames(
  fileName: string,
  text: string
): { kind: string; target: string; names: unknown }[] {
  return readKindMapping(fileName, text, searchNameKinds, 'lists of names').map(
    ({ kind, target, value }) => ({ kind, target, names: value })
  );
}
