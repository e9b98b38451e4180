/**
 * Wraps each Markdown table in a scrolling region, so a wide table scrolls sideways inside the
 * page on a phone instead of widening the whole page. The region is focusable and named so that
 * keyboard users can scroll it too (the same markup as src/components/ScrollRegion.astro).
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export function rehypeWrapTables() {
  return (tree: Root) => {
    let count = 0;
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      count += 1;
      // Named by number and column headings, so that each region on a page has its own name.
      const headings: string[] = [];
      visit(node, 'element', (cell) => { if (cell.tagName === 'th') headings.push(toString(cell).trim()); });
      const wrapper: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: `Table ${count}: ${headings.join(', ') || 'data'}` },
        children: [node],
      };
      parent.children[index] = wrapper;
      return 'skip';
    });
  };
}
