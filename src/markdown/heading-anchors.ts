/**
 * Heading controls for content headings, in two steps:
 *
 * 1. Options for rehype-autolink-headings: after each content heading, a link to it. The link holds
 * an aria-hidden "#" and a visually hidden name ("Link to section: …") that Pagefind ignores, so
 * screen readers get a name and the search index stays clean. The heading and its link are
 * grouped in a div so the pair lays out as one line.
 * 2. rehypeHeadingButtons: "Copy link" and "Cite" buttons at the end of each group. They are in
 *    the HTML from the start, shown only when JavaScript runs (html.js), so nothing shifts when
 *    scripts load; src/scripts/copy-link.ts and src/scripts/cite-this.ts make them work.
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

export function rehypeHeadingButtons() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const classes = node.properties?.className;
      if (!Array.isArray(classes) || !classes.includes('heading-wrapper')) return;
      const heading = node.children.find((child): child is Element => child.type === 'element' && /^h[1-6]$/.test(child.tagName));
      if (!heading) return;
      node.children.push({
        type: 'element', tagName: 'button',
        properties: { type: 'button', className: ['copy-link'], dataPagefindIgnore: '', ariaLabel: `Copy link to section: ${toString(heading)}` },
        children: [{ type: 'element', tagName: 'span', properties: { className: ['copy-link-text'] }, children: [{ type: 'text', value: 'Copy link' }] }],
      }, {
        type: 'element', tagName: 'button',
        properties: { type: 'button', className: ['cite-section'], dataPagefindIgnore: '', ariaLabel: `Cite section: ${toString(heading)}` },
        children: [{ type: 'text', value: 'Cite' }],
      });
    });
  };
}
