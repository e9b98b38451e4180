import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/site/toc';
import { membershipSpans, statusAt } from '../../src/lib/membership/periods';
import { documentTitle, truncate } from '../../src/lib/site/text';

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
