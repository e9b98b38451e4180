/**
 * Reads each MDX entry's outline as it compiles (src/lib/content/mdx-outline.ts): places every <Cite>
 * after its punctuation, numbers the markers, and records the sections, markers and data-drawn
 * components in document order. The outline goes out with the entry as `outline` in its
 * remarkPluginFrontmatter (what `render(entry)` returns), where the data layer
 * (src/data/site-data.ts) reads it: one reading of the syntax tree for everything that needs to
 * know what a page cites. Runs after remark-heading-ids, so JSX headings are headings by then.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { placeMarkers, readOutline } from '../lib/content/mdx-outline';

/** The key of the outline in an entry's remarkPluginFrontmatter. */
export const OUTLINE_KEY = 'outline';

export function remarkPageOutline() {
  return (tree: Root, file: VFile) => {
    placeMarkers(tree);
    const outline = readOutline(tree, String(file.value ?? ''));
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...(astro.frontmatter ?? {}), [OUTLINE_KEY]: outline };
  };
}
