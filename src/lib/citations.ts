/**
 * Citations in MDX are written <Cite s="forbes filenews" />. These helpers read them from the
 * raw text, so the build can check every id and count what each source supports.
 */
const CITE = /<Cite\s+s=["']([^"']*)["']\s*\/>/g;

/** Splits a Cite attribute value into source ids. */
export function parseCiteIds(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

/** Every source id cited in an MDX body, in order, with repeats. */
export function citationsInMdx(body: string): string[] {
  return [...body.matchAll(CITE)].flatMap((match) => parseCiteIds(match[1] ?? ''));
}
