/**
 * How current the site is: the newest dated source, plus the sources whose date is not printed
 * (they are listed so the "as of" line never claims more than the sources allow).
 */
interface SourceLike {
  id: string;
  data: { short: string; date: string | null };
}

export function newestDatedSource<T extends SourceLike>(sources: readonly T[]): T | undefined {
  return sources
    .filter((s) => s.data.date !== null)
    .sort((a, b) => (a.data.date! < b.data.date! ? 1 : -1))[0];
}

export function undatedSources<T extends SourceLike>(sources: readonly T[]): T[] {
  return sources.filter((s) => s.data.date === null);
}

/** The date the site is current to: the newest dated source's date (YYYY, YYYY-MM or YYYY-MM-DD). */
export function asOfDate(sources: readonly SourceLike[]): string | undefined {
  return newestDatedSource(sources)?.data.date ?? undefined;
}
