/**
 * The rehype plugins of src/markdown/ run through Astro's MDX pipeline (tests/support/mdx.ts) as
 * astro.config.mjs sets them: rehype-base-links, rehype-wrap-tables, then the heading controls
 * (heading-anchors.ts), each after remark-heading-ids has given the headings their ids.
 */
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { compileMdx, htmlOf } from '../support/mdx';
import { remarkHeadingIds } from '../../src/markdown/remark-heading-ids';
import { rehypeBaseLinks } from '../../src/markdown/rehype-base-links';
import { rehypeWrapTables } from '../../src/markdown/rehype-wrap-tables';
import { rehypeHeadingControls } from '../../src/markdown/heading-anchors';
import { headingControls } from '../../src/lib/site/heading-controls';
import { strings } from '../../src/i18n';
import type { RehypePlugins } from '@astrojs/markdown-remark';

const EN = 'content/pages/overview.mdx';
const RU = 'content/ru/pages/overview.mdx';
const compile = (mdx: string, path: string, rehypePlugins: RehypePlugins) =>
  compileMdx(mdx, { path, remarkPlugins: [remarkHeadingIds], rehypePlugins });

/** The elements of a tree with a tag name (and a class), in document order. */
function selectAll(selector: string, tree: Root): Element[] {
  const [tagName, className] = selector.split('.');
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    const classes = node.properties.className;
    if (
      node.tagName === tagName &&
      (!className || (Array.isArray(classes) && classes.includes(className)))
    )
      found.push(node);
  });
  return found;
}

/** The href of every link, in order. */
const hrefs = (tree: Root) => selectAll('a', tree).map((a) => a.properties.href);

describe('rehypeBaseLinks', () => {
  const links = [
    '[profile](/states/armenia/) [section](/states/armenia/#grievances) [here](#notes)',
    '[Forbes](https://www.forbes.com/x) [protocol-relative](//example.org/x) [relative](notes/)',
  ].join(' ');

  it('leaves links alone on a site at the root, in English', async () => {
    const { tree } = await compile(links, EN, [rehypeBaseLinks('/')]);
    expect(hrefs(tree)).toEqual([
      '/states/armenia/',
      '/states/armenia/#grievances',
      '#notes',
      'https://www.forbes.com/x',
      '//example.org/x',
      'notes/',
    ]);
  });

  it('puts root-relative links under the base path, however it is written', async () => {
    for (const base of ['/csto/', '/csto', 'csto']) {
      const { tree } = await compile(links, EN, [rehypeBaseLinks(base)]);
      expect(hrefs(tree).slice(0, 2)).toEqual([
        '/csto/states/armenia/',
        '/csto/states/armenia/#grievances',
      ]);
      expect(hrefs(tree).slice(2)).toEqual([
        '#notes',
        'https://www.forbes.com/x',
        '//example.org/x',
        'notes/',
      ]);
    }
  });

  it("leads a Russian file's links to the Russian twins, under the base path", async () => {
    const { tree } = await compile(links, RU, [rehypeBaseLinks('/csto/')]);
    expect(hrefs(tree).slice(0, 3)).toEqual([
      '/csto/ru/states/armenia/',
      '/csto/ru/states/armenia/#grievances',
      '#notes',
    ]);
    const atRoot = await compile('[home](/) [data](/data/timeline.csv)', RU, [
      rehypeBaseLinks('/'),
    ]);
    expect(hrefs(atRoot.tree)).toEqual(['/ru/', '/ru/data/timeline.csv']);
  });
});

describe('rehypeWrapTables', () => {
  const tables = [
    '| State | Status |',
    '|---|---|',
    '| Armenia | frozen |',
    '| Belarus | member |',
    '',
    'Between the tables.',
    '',
    '| Issue | The readings |',
    '|---|---|',
    '| Who left | Caliber.Az says one thing |',
    '',
  ].join('\n');

  it('wraps each table in a named, focusable scrolling region, numbered on the page', async () => {
    const { tree } = await compile(tables, EN, [rehypeWrapTables]);
    const regions = selectAll('section.table-scroll', tree);
    expect(
      regions.map((r) => [r.properties.className, r.properties.tabIndex, r.properties.ariaLabel])
    ).toEqual([
      [['table-scroll', 'table-cards'], 0, 'Table 1: State, Status'],
      [['table-scroll', 'table-cards'], 0, 'Table 2: Issue, The readings'],
    ]);
    expect(regions.map((r) => (r.children[0] as Element).tagName)).toEqual(['table', 'table']);
  });

  it("labels each data cell with its column's heading, for the phone layout's cards", async () => {
    const { tree } = await compile(tables, EN, [rehypeWrapTables]);
    expect(
      selectAll('td', tree).map((td) => [
        td.properties.dataLabel,
        td.children.map((c) => ('value' in c ? c.value : '')).join(''),
      ])
    ).toEqual([
      ['State', 'Armenia'],
      ['Status', 'frozen'],
      ['State', 'Belarus'],
      ['Status', 'member'],
      ['Issue', 'Who left'],
      ['The readings', 'Caliber.Az says one thing'],
    ]);
  });

  it('keeps the heading row out of the search index', async () => {
    const { tree } = await compile(tables, EN, [rehypeWrapTables]);
    expect(htmlOf(tree)).toContain('<thead data-pagefind-ignore="">');
    expect(selectAll('thead', tree)).toHaveLength(2);
  });

  it("names the regions in the file's language", async () => {
    const { tree } = await compile(tables, RU, [rehypeWrapTables]);
    expect(selectAll('section', tree).map((r) => r.properties.ariaLabel)).toEqual([
      strings('ru').table(1, 'State, Status'),
      strings('ru').table(2, 'Issue, The readings'),
    ]);
    expect(strings('ru').table(1, 'x')).not.toBe(strings('en').table(1, 'x'));
  });
});

describe('rehypeHeadingControls (heading-anchors)', () => {
  const headings = [
    '<h2 id="grievances">Grievances with the bloc</h2>',
    '',
    'Text.',
    '',
    '<h3 id="no-help">No help in 2022</h3>',
    '',
    '<h4 id="detail">A detail</h4>',
    '',
  ].join('\n');

  it('groups each h2–h4 with the controls heading-controls.ts builds for it, in one wrapper', async () => {
    const { tree } = await compile(headings, EN, [rehypeHeadingControls]);
    const wrappers = selectAll('div.heading-wrapper', tree);
    expect(wrappers.map((w) => w.properties.className)).toEqual([
      ['heading-wrapper', 'level-h2'],
      ['heading-wrapper', 'level-h3'],
      ['heading-wrapper', 'level-h4'],
    ]);
    const [first] = wrappers;
    expect(first?.children).toEqual([
      expect.objectContaining({ tagName: 'h2', properties: { id: 'grievances' } }),
      headingControls('grievances', 'Grievances with the bloc', strings('en').headingControls),
    ]);
  });

  it('links each heading to itself and names every control after it', async () => {
    const { tree } = await compile(headings, EN, [rehypeHeadingControls]);
    expect(hrefs(tree)).toEqual(['#grievances', '#no-help', '#detail']);
    const html = htmlOf(tree);
    expect(html).toContain('aria-label="Copy link to section: No help in 2022"');
    expect(html).toContain('aria-label="Cite section: A detail"');
  });

  it("speaks the file's language", async () => {
    const { tree } = await compile(headings, RU, [rehypeHeadingControls]);
    const words = strings('ru').headingControls;
    expect(htmlOf(tree)).toContain(`aria-label="${words.copy('Grievances with the bloc')}"`);
    expect(words.copy('x')).not.toBe(strings('en').headingControls.copy('x'));
  });
});
