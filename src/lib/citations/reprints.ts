/**
 * Reprints: a source that reprints another (`reprintOf`) is the same account printed twice, never
 * a second witness (src/lib/citations/citation-markers.ts groups them). Checked once per build. Pure.
 */
interface SourceLike {
  id: string;
  data: { kind: string; reprintOf?: string | undefined };
}

/** Problems with the sources' reprint links, each naming the file. */
export function findReprintProblems(sources: readonly SourceLike[]): string[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return sources.flatMap(({ id, data }) => {
    const file = `content/sources/${id}.mdx`;
    if (data.kind === 'reprint' && !data.reprintOf)
      return [`${file}: kind is reprint, but reprintOf does not say which source it reprints`];
    if (!data.reprintOf) return [];
    if (data.kind !== 'reprint')
      return [
        `${file}: reprintOf names "${data.reprintOf}", but kind is ${data.kind}, not reprint`,
      ];
    const original = byId.get(data.reprintOf);
    if (!original)
      return [
        `${file}: reprintOf names unknown source "${data.reprintOf}" (known sources: ${[...byId.keys()].sort().join(', ')})`,
      ];
    if (original.id === id || original.data.reprintOf)
      return [`${file}: reprintOf must name an original article, not "${data.reprintOf}"`];
    return [];
  });
}
