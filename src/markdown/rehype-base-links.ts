/**
 * Writers link inside the site with root-relative paths ("/states/armenia/"). When the site is
 * built under a sub-path (BASE_PATH=/csto/), those links must carry it: this plugin prefixes
 * every root-relative href in rendered Markdown with the base path.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeBaseLinks(base: string) {
  const prefix = base.replace(/\/$/, '');
  return () => (tree: Root) => {
    if (prefix === '') return;
    visit(tree, 'element', (node) => {
      const href = node.properties?.href;
      if (
        node.tagName === 'a' &&
        typeof href === 'string' &&
        href.startsWith('/') &&
        !href.startsWith('//')
      ) {
        node.properties.href = prefix + href;
      }
    });
  };
}
