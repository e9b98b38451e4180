import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import {
  headingControlLabels,
  headingControls,
  plainText,
} from '../../src/lib/site/heading-controls';

describe('heading controls', () => {
  it('names every control with the plain text of a heading that has an apostrophe', () => {
    const html = toHtml(headingControls('baikonur', "Russia's Baikonur lease"));
    // Parsed back as a browser would: what a screen reader gets.
    const labels: string[] = [];
    visit(
      fromHtml(html, { fragment: true }),
      'element',
      (node) => void (node.properties.ariaLabel && labels.push(String(node.properties.ariaLabel)))
    );
    expect(labels).toEqual([
      "Link and citation: Russia's Baikonur lease",
      "Copy link to section: Russia's Baikonur lease",
      "Cite section: Russia's Baikonur lease",
    ]);
    expect(plainText(html)).toContain("Link to section: Russia's Baikonur lease");
    expect(html).toContain('href="#baikonur"');
  });

  it('reads the plain text of rendered HTML, entities decoded and tags dropped', () => {
    expect(plainText('Russia&#39;s <em>Baikonur</em>\n lease')).toBe("Russia's Baikonur lease");
    expect(plainText('A &amp; B')).toBe('A & B');
    expect(headingControlLabels(plainText('Russia&#39;s')).copy).toBe(
      "Copy link to section: Russia's"
    );
  });
});
