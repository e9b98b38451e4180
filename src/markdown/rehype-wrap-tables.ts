/**
 * Wraps each Markdown table in a scrolling region, so a wide table scrolls sideways inside the
 * page on a phone instead of widening the whole page. The region is focusable and named so that
 * keyboard users can scroll it too (the same markup as src/components/ScrollRegion.astro).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeWrapTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: 'Table (scrolls sideways on narrow screens)' },
        children: [node],
      };
      parent.children[index] = wrapper;
      return 'skip';
    });
  };
}
