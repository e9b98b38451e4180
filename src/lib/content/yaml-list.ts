import { parse } from 'yaml';

/**
 * Parser for the data files (events, people, glossary): a YAML list of items with unique ids.
 * Astro's file() loader would silently let a later duplicate replace an earlier one.
 */
export function parseYamlList(fileName: string) {
  return (text: string): Record<string, unknown>[] => {
    let data: unknown;
    try {
      data = parse(text);
    } catch (error) {
      throw new Error(`${fileName}: not valid YAML: ${(error as Error).message}`, { cause: error });
    }
    if (!Array.isArray(data))
      throw new Error(
        `${fileName}: expected a YAML list of items ("- id: …"), found ${typeof data}`
      );
    const seen = new Map<string, number>();
    data.forEach((item, index) => {
      const position = `${fileName}, item ${index + 1}`;
      if (typeof item !== 'object' || item === null)
        throw new Error(
          `${position}: expected a mapping with an id, found ${JSON.stringify(item)}`
        );
      const id = (item as { id?: unknown }).id;
      if (typeof id !== 'string' || id === '')
        throw new Error(
          `${position}: missing "id" (a lower-case string such as "armenia-freezes-membership-2024")`
        );
      const earlier = seen.get(id);
      if (earlier !== undefined)
        throw new Error(`${position}: duplicate id "${id}", already used by item ${earlier}`);
      seen.set(id, index + 1);
    });
    return data as Record<string, unknown>[];
  };
}
