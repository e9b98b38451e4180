import { describe, expect, it } from 'vitest';
import { pageCitations, textOf, type CitedSource } from '../../src/lib/citations/citation-markers';

const sources: CitedSource[] = [
  { id: 'filenews', short: 'Filenews', reprintOf: 'forbes' },
  { id: 'forbes', short: 'Forbes' },
  { id: 'caliber', short: 'Caliber.Az' },
  { id: 'eurasia-review', short: 'Eurasia Review' },
];
const one = (refs: string[]) => pageCitations([{ key: 'mdx:0', refs }], sources).markers[0]!;

describe('citation markers', () => {
  it('are named in words, paragraphs spelled out, with their note number', () => {
    expect(one(['forbes:4', 'eurasia-review:12-13']).name).toBe(
      'Sources: Forbes, paragraph 4; Eurasia Review, paragraphs 12 to 13. Note 1'
    );
    expect(one(['caliber:3,5-6,9']).name).toBe(
      'Source: Caliber.Az, paragraphs 3, 5 to 6 and 9. Note 1'
    );
  });

  it('present Forbes and its Filenews reprint as one account, the original first', () => {
    const marker = one(['filenews:2', 'caliber:1,4', 'forbes:5']);
    expect(marker.name).toBe(
      'Sources: Forbes, paragraph 5, reprinted by Filenews, paragraph 2; Caliber.Az, paragraphs 1 and 4. Note 1'
    );
    expect(marker.refs).toEqual(['forbes:5', 'filenews:2', 'caliber:1,4']);
    expect(marker.groups.map((g) => g.account)).toEqual(['forbes', 'caliber']);
    expect(one(['forbes:5', 'filenews:2']).name).toMatch(/^Source: /);
  });

  it('say what a reprint is when it is cited alone', () => {
    expect(one(['filenews:2']).name).toBe(
      'Source: Filenews (a reprint of Forbes), paragraph 2. Note 1'
    );
  });

  it('mark each run of paragraphs as a link to its first paragraph', () => {
    const [group] = one(['forbes:3,5-6']).groups;
    expect(group!.segments).toEqual([
      { text: 'Forbes, paragraphs ' },
      { text: '3', source: 'forbes', paragraph: 3 },
      { text: ' and ' },
      { text: '5 to 6', source: 'forbes', paragraph: 5 },
    ]);
    expect(textOf(group!.segments)).toBe('Forbes, paragraphs 3 and 5 to 6');
  });

  it('merge two references to one source', () => {
    expect(one(['forbes:4', 'forbes:6', 'forbes:5']).refs).toEqual(['forbes:4-6']);
  });

  it('are numbered in reading order and refuse a key used twice', () => {
    const page = pageCitations(
      [
        { key: 'lead', refs: ['forbes:1'] },
        { key: 'mdx:0', refs: ['caliber:2'] },
      ],
      sources
    );
    expect(page.markers.map((m) => [m.key, m.n])).toEqual([
      ['lead', 1],
      ['mdx:0', 2],
    ]);
    expect(() =>
      pageCitations(
        [
          { key: 'lead', refs: ['forbes:1'] },
          { key: 'lead', refs: ['forbes:2'] },
        ],
        sources
      )
    ).toThrow(/"lead"/);
  });
});

describe('the sources list', () => {
  it('lists each account once, in the order of the sources, the reprint under its original', () => {
    const page = pageCitations(
      [
        { key: 'a', refs: ['eurasia-review:3', 'filenews:2'] },
        { key: 'b', refs: ['forbes:5', 'forbes:2', 'filenews:2,4'] },
      ],
      sources
    );
    expect(page.accounts).toEqual([
      {
        account: 'forbes',
        printings: [
          { id: 'forbes', paragraphs: [2, 5] },
          { id: 'filenews', paragraphs: [2, 4] },
        ],
      },
      { account: 'eurasia-review', printings: [{ id: 'eurasia-review', paragraphs: [3] }] },
    ]);
    expect(page.sourceIds).toEqual(['forbes', 'filenews', 'eurasia-review']);
  });

  it('is empty for a page without markers', () => {
    expect(pageCitations([], sources)).toEqual({ markers: [], accounts: [], sourceIds: [] });
  });
});
