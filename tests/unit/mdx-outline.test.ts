/**
 * The MDX outline (src/lib/content/mdx-outline.ts) read from real syntax trees, parsed as Astro's MDX
 * pipeline parses content: remark-parse, remark-mdx, remark-gfm and our remark-heading-ids.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent } from 'mdast';
import { VFile } from 'vfile';
import { remarkHeadingIds } from '../../src/markdown/remark-heading-ids';
import { placeMarkers, plainText, readOutline } from '../../src/lib/content/mdx-outline';
import { findUncitedSections } from '../../src/lib/content/sections';

function parse(mdx: string): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  const file = new VFile(mdx);
  const tree = processor.parse(file);
  remarkHeadingIds()(tree, file);
  return tree;
}
const outline = (mdx: string) => {
  const tree = parse(mdx);
  placeMarkers(tree);
  return { tree, ...readOutline(tree, mdx) };
};

/** A paragraph as text, each marker shown as [at]. */
function shown(node: RootContent | Root): string {
  if (node.type === 'mdxJsxTextElement' && node.name === 'Cite')
    return `[${node.attributes.find((a) => 'name' in a && a.name === 'at')?.value}]`;
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map(shown).join('') : '';
}

describe('placing markers', () => {
  it('puts a marker after the punctuation it precedes, with no space before it', () => {
    const { tree } = outline(
      'Founded in 2002 <Cite s="x:1" />. Then more <Cite s="x:2" />; and more <Cite s="x:3" />, done <Cite s="x:4" />.'
    );
    expect(shown(tree)).toBe(
      'Founded in 2002.[mdx:0] Then more;[mdx:1] and more,[mdx:2] done.[mdx:3]'
    );
  });

  it('leaves a marker written after its punctuation there, and drops the space before it', () => {
    const { tree } = outline(
      'Founded in 2002.<Cite s="x:1" /> Then more. <Cite s="x:2" /> End.<Cite s="x:3" />'
    );
    expect(shown(tree)).toBe('Founded in 2002.[mdx:0] Then more.[mdx:1] End.[mdx:2]');
  });

  it('moves closing brackets and quotes with the stop, and keeps a following link apart', () => {
    const { tree } = outline(
      '(as one source says <Cite s="x:1" />). He said “no” <Cite s="x:2" />. A date <Cite s="x:3" /> ([details](/d/)).'
    );
    expect(shown(tree)).toBe(
      '(as one source says).[mdx:0] He said “no”.[mdx:1] A date[mdx:2] (details).'
    );
  });

  it('places markers after links and emphasis too', () => {
    const { tree } = outline(
      'See [Armenia](/states/armenia/) <Cite s="x:1" />. It is *frozen* <Cite s="x:2" />.'
    );
    expect(shown(tree)).toBe('See Armenia.[mdx:0] It is frozen.[mdx:1]');
  });

  it('places markers inside list items and table cells', () => {
    const { tree } = outline(
      '- One <Cite s="x:1" />.\n- Two. <Cite s="x:2" />\n\n| a | b |\n|---|---|\n| cell <Cite s="x:3" />. | <Cite s="x:4" /> |\n'
    );
    expect(shown(tree)).toBe('One.[mdx:0]Two.[mdx:1]abcell.[mdx:2][mdx:3]');
  });
});

describe('reading the outline', () => {
  it('records every <Cite>, in order, with its section', () => {
    const { items, sections } = outline(
      'Intro <Cite s="forbes:2" />\n\n<h2 id="one">One *a*</h2>\n\nText <Cite s="caliber:3-4  forbes:1" />\n\n<h3 id="two">Two</h3>\n\nNothing cited'
    );
    expect(items).toEqual([
      {
        kind: 'cite',
        at: 'mdx:0',
        refs: ['forbes:2'],
        section: '',
        tag: '<Cite s="forbes:2" />',
        line: 1,
      },
      {
        kind: 'cite',
        at: 'mdx:1',
        refs: ['caliber:3-4', 'forbes:1'],
        section: 'one',
        tag: '<Cite s="caliber:3-4  forbes:1" />',
        line: 5,
      },
    ]);
    expect(sections).toEqual([
      { id: '', title: '', depth: 0, hasProse: true },
      { id: 'one', title: 'One a', depth: 2, hasProse: true },
      { id: 'two', title: 'Two', depth: 3, hasProse: true },
    ]);
  });

  it('records data-drawn components where they stand, and counts neither them nor a SiteNote as prose', () => {
    const { items, sections } = outline(
      '<h2 id="table">T</h2>\n\n<SiteNote>\n\nThe table is built from the profiles.\n\n</SiteNote>\n\n<StatusTable />\n'
    );
    expect(items).toEqual([{ kind: 'component', name: 'StatusTable', section: 'table' }]);
    expect(sections).toEqual([{ id: 'table', title: 'T', depth: 2, hasProse: false }]);
  });

  it('reads a heading with other attributes as a heading, so its prose is not counted to the section before', () => {
    const { sections } = outline(
      '<h2 id="a">A</h2>\n\nCited <Cite s="forbes:1" />\n\n<h2 class="x" id="b">B</h2>\n\nNot cited.'
    );
    expect(sections.map((s) => [s.id, s.hasProse])).toEqual([
      ['a', true],
      ['b', true],
    ]);
  });

  it('keeps an empty <Cite> with its tag as written, for the build to name', () => {
    const { items } = outline('A claim. <Cite s="" /> Another. <Cite />');
    expect(items.map((i) => (i.kind === 'cite' ? [i.refs, i.tag] : []))).toEqual([
      [[], '<Cite s="" />'],
      [[], '<Cite />'],
    ]);
  });

  it('gives a heading its plain text', () => {
    expect(plainText(parse('A *b* `c` [d](/e/)'))).toBe('A b c d');
  });

  it('records the prose a reader reads, for the search vocabulary: no attributes, expressions, targets or imports', () => {
    // A ">" in an attribute and a "}" in an expression's string cut the old regexes short.
    const { prose } = outline(
      [
        "import X from './x';",
        '',
        '<h2 id="talks">Talks</h2>',
        '',
        'Yerevan and <abbr title="a > b secretariat">CSTO</abbr> {"} expressionword"} met [in Minsk](/minsk-url/).',
        '',
        '<SiteNote>Sitenote words</SiteNote> **Tokay**ev',
      ].join('\n')
    );
    expect(prose.split(/\s+/).filter(Boolean)).toEqual([
      'Talks',
      'Yerevan',
      'and',
      'CSTO',
      'met',
      'in',
      'Minsk',
      '.',
      'Sitenote',
      'words',
      'Tokay',
      'ev',
    ]);
  });
});

describe('sections that cite nothing', () => {
  const check = (mdx: string) => findUncitedSections('content/pages/x.mdx', outline(mdx));

  it('flags sections with prose and no citation, not containers of sub-sections or components', () => {
    expect(
      check(
        '<h2 id="a">A</h2>\n\n<h3 id="a1">A1</h3>\n\nCited <Cite s="forbes:1" />\n\n<h2 id="table">T</h2>\n\n<StatusTable />\n\n<h2 id="bare">Bare</h2>\n\nNo source here.'
      )
    ).toEqual([
      'content/pages/x.mdx: section "Bare" (#bare) cites no source; add <Cite s="source:paragraph" /> after its claims, or wrap sentences about the site itself in <SiteNote>',
    ]);
  });

  it('lets a section of sentences about the site itself, in <SiteNote>, cite nothing', () => {
    expect(
      check(
        '<h2 id="how">How to read this site</h2>\n\n<SiteNote>\n\nMarkers link to paragraphs.\n\n</SiteNote>\n'
      )
    ).toEqual([]);
  });

  it('names the text before the first heading', () => {
    expect(check('Uncited opening.\n\n<h2 id="a">A</h2>\n\nCited <Cite s="forbes:1" />')).toEqual([
      'content/pages/x.mdx: the text before the first heading cites no source; add <Cite s="source:paragraph" /> after its claims, or wrap sentences about the site itself in <SiteNote>',
    ]);
  });
});
