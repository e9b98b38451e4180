import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc';
import { findUncitedSections, sectionsOf } from '../../src/lib/sections';
import { citationsInMdx, withoutSiteNotes } from '../../src/lib/citations';
import { membershipSpans, statusAt } from '../../src/lib/membership';
import { documentTitle, truncate } from '../../src/lib/text';

describe('buildToc', () => {
  it('nests h3 under h2 and drops the footnotes label', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'footnote-label', text: 'Footnotes' },
    ]);
    expect(toc).toEqual([
      { id: 'a', text: 'A', children: [{ id: 'a1', text: 'A1', children: [] }] },
    ]);
  });
});

describe('citations', () => {
  it('reads the references of every <Cite>, in order, separated by spaces', () => {
    expect(
      citationsInMdx('a <Cite s="forbes:4" /> b <Cite s="caliber:2,5  eurasia-review:12-13"/>')
    ).toEqual(['forbes:4', 'caliber:2,5', 'eurasia-review:12-13']);
  });
  it('drops <SiteNote> blocks', () => {
    expect(
      withoutSiteNotes(
        'Fact <Cite s="forbes:1" />\n<SiteNote>\n\nSee the timeline.\n\n</SiteNote>\nMore.'
      )
    ).toBe('Fact <Cite s="forbes:1" />\n\nMore.');
  });
});

describe('sectionsOf', () => {
  it('gives each headed section its citations', () => {
    const body =
      'Intro <Cite s="forbes:2" />\n<h2 id="one">One *a*</h2>\nText <Cite s="caliber:3-4" />\n<h3 id="two">Two</h3>\nNothing cited';
    expect(sectionsOf(body)).toEqual([
      { id: '', title: '', references: ['forbes:2'], sources: ['forbes'], hasProse: true },
      {
        id: 'one',
        title: 'One a',
        references: ['caliber:3-4'],
        sources: ['caliber'],
        hasProse: true,
      },
      { id: 'two', title: 'Two', references: [], sources: [], hasProse: true },
    ]);
  });

  it('flags sections with prose and no citation, not containers of sub-sections or components', () => {
    const body =
      '<h2 id="a">A</h2>\n\n<h3 id="a1">A1</h3>\nCited <Cite s="forbes:1" />\n<h2 id="table">T</h2>\n<StatusTable />\n<h2 id="bare">Bare</h2>\nNo source here.';
    expect(findUncitedSections('content/pages/x.mdx', body)).toEqual([
      'content/pages/x.mdx: section "Bare" (#bare) cites no source; add <Cite s="source:paragraph" /> after its claims, or wrap sentences about the site itself in <SiteNote>',
    ]);
  });

  it('lets a section of sentences about the site itself, in <SiteNote>, cite nothing', () => {
    const body =
      '<h2 id="how">How to read this site</h2>\n<SiteNote>\n\nMarkers link to paragraphs.\n\n</SiteNote>\n';
    expect(findUncitedSections('content/pages/x.mdx', body)).toEqual([]);
  });
});

describe('membership', () => {
  const uzbekistan = [
    { from: '1992', endedBy: '2002', status: 'member' as const },
    { from: '2005', to: '2012', status: 'member' as const },
  ];
  const armenia = [
    { from: '1992', to: '2024-02', status: 'member' as const },
    { from: '2024-02', status: 'frozen' as const },
  ];

  it('describes periods', () => {
    expect(membershipSpans(armenia)).toEqual([
      'Full member 1992 – February 2024',
      'Frozen since February 2024',
    ]);
    expect(membershipSpans(uzbekistan)[0]).toBe(
      'A party at some time from 1992; out by 2002 (no source dates it more closely)'
    );
  });

  it('gives the status at a date', () => {
    expect(statusAt(uzbekistan, '1990')).toBe('none');
    expect(statusAt(uzbekistan, '1992')).toBe('unknown');
    expect(statusAt(uzbekistan, '1999')).toBe('unknown');
    expect(statusAt(uzbekistan, '2002')).toBe('former');
    expect(statusAt(uzbekistan, '2006')).toBe('member');
    expect(statusAt(uzbekistan, '2025')).toBe('former');
    expect(statusAt(armenia, '2023')).toBe('member');
    expect(statusAt(armenia, '2024-02')).toBe('frozen');
  });
});

describe('truncate', () => {
  it('cuts at a word and adds an ellipsis', () => {
    expect(truncate('one two three four', 12)).toBe('one two…');
    expect(truncate('short', 12)).toBe('short');
  });
});

describe('documentTitle', () => {
  it('adds the site name when it fits, else keeps the page title alone', () => {
    expect(documentTitle('Armenia', 'Site')).toBe('Armenia · Site');
    expect(documentTitle('x'.repeat(68), 'Site')).toBe('x'.repeat(68));
    expect(documentTitle('word '.repeat(20), 'Site').length).toBeLessThanOrEqual(70);
  });
});
