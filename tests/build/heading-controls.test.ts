/**
 * The controls after each heading of the built site (src/lib/site/heading-controls.ts) are named with
 * the heading's plain text: the timeline's "Russia's Baikonur lease…" buttons once read
 * "Russia&amp;#39;s", the text escaped twice on its way from the component's slot into the label.
 * Run after `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const classes = (node: Element) =>
  Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
const find = (root: Root | Element, test: (node: Element) => boolean): Element[] => {
  const found: Element[] = [];
  visit(root, 'element', (node) => void (test(node) && found.push(node)));
  return found;
};

interface Controls {
  heading: string;
  toggle: string;
  anchor: string;
  copy: string;
  cite: string;
}

/** Every heading of a built page with the names of its controls, as a screen reader gets them. */
function headingControls(page: string): Controls[] {
  const tree = fromHtml(readFileSync(join('dist', page, 'index.html'), 'utf8'));
  return find(tree, (node) => classes(node).includes('heading-wrapper')).map((wrapper) => {
    const heading = find(wrapper, (node) => /^h[1-6]$/.test(node.tagName))[0]!;
    const label = (className: string) =>
      String(find(wrapper, (node) => classes(node).includes(className))[0]?.properties.ariaLabel);
    const anchor = find(wrapper, (node) => classes(node).includes('anchor-link'))[0]!;
    return {
      heading: toString(heading).trim(),
      toggle: label('heading-tools-toggle'),
      anchor: toString(anchor).replace(/^#/, ''),
      copy: label('copy-link'),
      cite: label('cite-section'),
    };
  });
}

describe('heading controls are named with the heading as plain text', () => {
  // The timeline's headings come from AnchorHeading.astro, the background page's from MDX.
  for (const page of ['timeline', 'background', 'states/kazakhstan', 'sources/explainer']) {
    it(`/${page}/: every control names its heading exactly`, () => {
      const controls = headingControls(page);
      expect(controls.length).toBeGreaterThan(2);
      for (const c of controls) {
        expect(c).toEqual({
          heading: c.heading,
          toggle: `Link and citation: ${c.heading}`,
          anchor: `Link to section: ${c.heading}`,
          copy: `Copy link to section: ${c.heading}`,
          cite: `Cite section: ${c.heading}`,
        });
        expect(Object.values(c).join(' ')).not.toMatch(/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i);
      }
    });
  }

  it('a heading with an apostrophe: the timeline\'s Baikonur buttons read "Russia\'s", not escaped markup', () => {
    const baikonur = headingControls('timeline').filter((c) =>
      c.heading.includes("Russia's Baikonur")
    );
    expect(baikonur.length).toBeGreaterThan(0);
    for (const c of baikonur) {
      expect(c.copy).toBe(`Copy link to section: ${c.heading}`);
      expect(c.cite).toBe(
        "Cite section: Kazakhstan extends Russia's Baikonur lease to 2050 (unsigned blog only)"
      );
    }
  });
});
