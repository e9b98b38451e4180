/**
 * Wraps each Markdown table in a scrolling region, so a wide table scrolls sideways inside the
 * page instead of widening the whole page. The region is focusable and named so that keyboard
 * users can scroll it too (the same markup as src/components/ScrollRegion.astro).
 * Each data cell gets its column's heading as `data-label`, and the region the class
 * `table-cards`: on phones these tables of prose are laid out as one card per row (content.css).
 * Search skips the heading row: its labels would run together in excerpts ("IssueThe readings…").
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { strings } from '../i18n';
import { langOfFile } from './content-lang';

export function rehypeWrapTables() {
  return (tree: Root, file: VFile) => {
    const t = strings(langOfFile(file.path));
    let count = 0;
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      count += 1;
      // Named by number and column headings, so that each region on a page has its own name.
      const headings: string[] = [];
      visit(node, 'element', (cell) => {
        if (cell.tagName === 'th') headings.push(toString(cell).trim());
      });
      visit(node, 'element', (part) => {
        if (part.tagName === 'thead')
          part.properties = { ...part.properties, dataPagefindIgnore: '' };
      });
      visit(node, 'element', (row) => {
        if (row.tagName !== 'tr') return;
        const cells = row.children.filter(
          (cell): cell is Element => cell.type === 'element' && cell.tagName === 'td'
        );
        cells.forEach((cell, column) => {
          if (headings[column])
            cell.properties = { ...cell.properties, dataLabel: headings[column] };
        });
      });
      const wrapper: Element = {
        type: 'element',
        tagName: 'section',
        properties: {
          className: ['table-scroll', 'table-cards'],
          tabIndex: 0,
          ariaLabel: t.table(count, headings.join(', ')),
        },
        children: [node],
      };
      parent.children[index] = wrapper;
      return 'skip';
    });
  };
}
