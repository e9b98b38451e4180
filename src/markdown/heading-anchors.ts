/**
 * Heading controls for content headings, in two steps:
 *
 * 1. Options for rehype-autolink-headings: each h2–h4 of content is grouped with a link to it in a
 *    `div.heading-wrapper`, so the pair lays out as one line.
 * 2. rehypeHeadingButtons: the link is replaced by the full group of controls — anchor, "Copy link"
 *    and "Cite" — that src/lib/heading-controls.ts builds for every heading of the site, the ones
 *    drawn from data (src/components/AnchorHeading.astro) included. The buttons are in the HTML
 *    from the start, shown only when JavaScript runs (html.js), so nothing shifts when scripts load.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { headingControls } from '../lib/heading-controls';

export const headingAnchorOptions = {
  behavior: 'after' as const,
  test: ['h2', 'h3', 'h4'],
  properties: { className: ['anchor-link'], dataPagefindIgnore: '' },
  group: (heading: Element): Element => ({
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading-wrapper', `level-${heading.tagName}`] },
    children: [],
  }),
};

/** Replaces the link rehype-autolink-headings put after each heading with the heading's controls. */
export function rehypeHeadingButtons() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const classes = node.properties?.className;
      if (!Array.isArray(classes) || !classes.includes('heading-wrapper')) return;
      const heading = node.children.find(
        (child): child is Element => child.type === 'element' && /^h[1-6]$/.test(child.tagName)
      );
      const anchor = node.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'a'
      );
      if (!heading || !anchor || typeof heading.properties.id !== 'string') return;
      node.children = [
        ...node.children.filter((child) => child !== anchor),
        headingControls(heading.properties.id, toString(heading)),
      ];
    });
  };
}
