/**
 * Heading controls for content headings: each h2–h4 of an MDX page is grouped with the controls
 * that src/lib/site/heading-controls.ts builds for every heading of the site — anchor, "Copy link" and
 * "Cite" — in a `div.heading-wrapper`, so they lay out as one line. The headings drawn from data
 * (src/components/AnchorHeading.astro) get the same markup from the same builder. The buttons are
 * in the HTML from the start, shown only when JavaScript runs (html.js), so nothing shifts when
 * scripts load.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { headingControls } from '../lib/site/heading-controls';
import { strings } from '../i18n';
import { langOfFile } from './content-lang';

const WITH_CONTROLS = new Set(['h2', 'h3', 'h4']);

export function rehypeHeadingControls() {
  return (tree: Root, file: VFile) => {
    const words = strings(langOfFile(file.path)).headingControls;
    visit(tree, 'element', (heading, index, parent) => {
      if (!WITH_CONTROLS.has(heading.tagName) || !parent || index === undefined) return;
      const id = heading.properties.id;
      if (typeof id !== 'string') return; // remark-heading-ids has already failed the build
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `level-${heading.tagName}`] },
        children: [heading, headingControls(id, toString(heading), words)],
      };
      parent.children[index] = wrapper;
      return [SKIP, index + 1];
    });
  };
}
