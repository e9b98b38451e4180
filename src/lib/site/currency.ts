/**
 * How current the site is: the newest dated article, plus the sources whose date is not printed
 * (they are listed so the "as of" line never claims more than the sources allow). A reprint is the
 * same article printed again, not a newer account, so it never counts as the newest.
 */
interface SourceLike {
  id: string;
  data: { short: string; date: string | null; reprintOf?: string | undefined };
}

/** The newest dated original article (reprints left out). */
export function newestDatedSource<T extends SourceLike>(sources: readonly T[]): T | undefined {
  return sources
    .filter((s) => s.data.date !== null && !s.data.reprintOf)
    .sort((a, b) => (a.data.date! < b.data.date! ? 1 : -1))[0];
}

/** The reprints of an article, in the order given. */
export function reprintsOf<T extends SourceLike>(id: string, sources: readonly T[]): T[] {
  return sources.filter((s) => s.data.reprintOf === id);
}

export function undatedSources<T extends SourceLike>(sources: readonly T[]): T[] {
  return sources.filter((s) => s.data.date === null);
}

/** The date the site is current to: the newest dated article's date (YYYY, YYYY-MM or YYYY-MM-DD). */
export function asOfDate(sources: readonly SourceLike[]): string | undefined {
  return newestDatedSource(sources)?.data.date ?? undefined;
}
