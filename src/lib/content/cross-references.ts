/**
 * Cross-references between collections, checked once per build: every id a content file names
 * (a source, a state, a person, an event, a glossary term) must exist, and every source must be cited somewhere.
 * Pure: takes plain data, returns the problems, each naming the file and the item.
 */
export interface Known {
  sources: Set<string>;
  states: Set<string>;
  people: Set<string>;
  events: Set<string>;
  terms: Set<string>;
}

/** One reference to check: where it is, what kind of id, which id. */
export interface Reference {
  file: string;
  where: string;
  kind: keyof Known;
  id: string;
}

export function findUnknownReferences(known: Known, references: Reference[]): string[] {
  const problems = references
    .filter((ref) => !known[ref.kind].has(ref.id))
    .map(
      (ref) =>
        `${ref.file}: ${ref.where} names unknown ${singular[ref.kind]} "${ref.id}" (known ${ref.kind}: ${[...known[ref.kind]].sort().join(', ') || 'none'})`
    );
  return [...new Set(problems)];
}

/** Sources no reference cites. */
export function findUncitedSources(known: Known, references: Reference[]): string[] {
  const cited = new Set(references.filter((ref) => ref.kind === 'sources').map((ref) => ref.id));
  return [...known.sources]
    .filter((id) => !cited.has(id))
    .map((id) => `content/sources/${id}.mdx: this source is cited nowhere on the site`);
}

const singular: Record<keyof Known, string> = {
  sources: 'source',
  states: 'state',
  people: 'person',
  events: 'event',
  terms: 'glossary term',
};
