/**
 * The "On this page" list: the h2 and h3 sections of a page, nested. Leaves out the visually
 * hidden "Footnotes" heading that GFM footnotes add.
 */
export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  id: string;
  text: string;
  children: TocItem[];
}

export function buildToc(headings: readonly HeadingLike[], maxDepth = 3): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.slug === 'footnote-label' || heading.depth < 2 || heading.depth > maxDepth)
      continue;
    const item: TocItem = { id: heading.slug, text: heading.text, children: [] };
    const parent = items.at(-1);
    if (heading.depth > 2 && parent) parent.children.push(item);
    else items.push(item);
  }
  return items;
}
