/**
 * Heading controls for content headings, in two steps:
 *
 * 1. Options for rehype-autolink-headings: after each content heading, a link to it. The link holds
 * an aria-hidden "#" and a visually hidden name ("Link to section: …") that Pagefind ignores, so
 * screen readers get a name and the search index stays clean. The heading and its link are
 * grouped in a div so the pair lays out as one line.
 * 2. rehypeHeadingButtons: the anchor, "Copy link" and "Cite" gathered in one group after the
 *    heading. The buttons are in the HTML from the start, shown only when JavaScript runs
 *    (html.js), so nothing shifts when scripts load; src/client/copy-link.ts and
 *    src/client/cite-this.ts make them work.
 *
 *   <div class="heading-wrapper"> <h2 id>Title</h2>
 *     <span class="heading-tools"> <button.heading-tools-toggle> <span.heading-tools-list> <a.anchor-link> <button.copy-link> <button.cite-section> </span> </span>
 *   </div>
 *
 * Mirrors src/components/AnchorHeading.astro, which draws the same markup for data-driven headings.
 */
import type { Element, ElementContent } from 'hast';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** A "#" mark, hidden from screen readers (the link's name is the visually hidden text). */
const icon: Element = {
  type: 'element',
  tagName: 'span',
  properties: { ariaHidden: 'true', className: ['anchor-icon'] },
  children: [{ type: 'text', value: '#' }],
};

export const headingAnchorOptions = {
  behavior: 'after' as const,
  test: ['h2', 'h3', 'h4'],
  properties: { className: ['anchor-link'], dataPagefindIgnore: '' },
  group: (heading: Element): Element => ({
    type: 'element', tagName: 'div', properties: { className: ['heading-wrapper', `level-${heading.tagName}`] }, children: [],
  }),
  content: (heading: Element): ElementContent[] => [
    icon,
    {
      type: 'element', tagName: 'span', properties: { className: ['sr-only'], dataPagefindIgnore: '' },
      children: [{ type: 'text', value: `Link to section: ${toString(heading)}` }],
    },
  ],
};

/**
 * Gathers each heading's controls into one `span.heading-tools`, which takes no room in the
 * page until it is used (content.css): the anchor link made by rehype-autolink-headings, then
 * "Copy link" and "Cite". On touch screens a single "⋯" toggle (first in the group, shown only
 * with JavaScript, src/client/heading-tools.ts) opens them.
 */
export function rehypeHeadingButtons() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const classes = node.properties?.className;
      if (!Array.isArray(classes) || !classes.includes('heading-wrapper')) return;
      const heading = node.children.find((child): child is Element => child.type === 'element' && /^h[1-6]$/.test(child.tagName));
      const anchor = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'a');
      if (!heading || !anchor) return;
      const title = toString(heading);
      const button = (className: string, label: string, children: ElementContent[], extra: Record<string, string> = {}): Element => ({
        type: 'element', tagName: 'button',
        properties: { type: 'button', className: [className], dataPagefindIgnore: '', ariaLabel: label, ...extra },
        children,
      });
      const tools: Element = {
        type: 'element', tagName: 'span', properties: { className: ['heading-tools'], dataPagefindIgnore: '' },
        children: [
          button('heading-tools-toggle', `Link and citation: ${title}`, [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '⋯' }] }], { ariaExpanded: 'false' }),
          {
            type: 'element', tagName: 'span', properties: { className: ['heading-tools-list'] },
            children: [
              anchor,
              button('copy-link', `Copy link to section: ${title}`, [{ type: 'element', tagName: 'span', properties: { className: ['copy-link-text'] }, children: [{ type: 'text', value: 'Copy link' }] }]),
              button('cite-section', `Cite section: ${title}`, [{ type: 'text', value: 'Cite' }]),
            ],
          },
        ],
      };
      node.children = node.children.filter((child) => child !== anchor);
      node.children.push(tools);
    });
  };
}
