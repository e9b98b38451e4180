import { describe, expect, it } from 'vitest';
import { findReprintProblems } from '../../src/lib/citations/reprints';
import { asOfDate, newestDatedSource, reprintsOf } from '../../src/lib/site/currency';

const source = (
  id: string,
  kind: string,
  reprintOf?: string,
  date: string | null = '2025-07-18'
) => ({
  id,
  data: { kind, reprintOf, short: id, date },
});

describe('reprints', () => {
  it('must name the original article they reprint', () => {
    expect(
      findReprintProblems([
        source('forbes', 'analysis'),
        source('filenews', 'reprint', 'forbes'),
        source('copy', 'reprint'),
        source('echo', 'reprint', 'filenews'),
        source('lost', 'reprint', 'forbs'),
        source('odd', 'news', 'forbes'),
      ])
    ).toEqual([
      'content/sources/copy.mdx: kind is reprint, but reprintOf does not say which source it reprints',
      'content/sources/echo.mdx: reprintOf must name an original article, not "filenews"',
      'content/sources/lost.mdx: reprintOf names unknown source "forbs" (known sources: copy, echo, filenews, forbes, lost, odd)',
      'content/sources/odd.mdx: reprintOf names "forbes", but kind is news, not reprint',
    ]);
  });

  it('never count as the newest dated article: the site is as current as the article they reprint', () => {
    const sources = [
      source('filenews', 'reprint', 'forbes', '2025-07-23'),
      source('forbes', 'analysis', undefined, '2025-07-18'),
      source('caliber', 'analysis', undefined, null),
    ];
    expect(newestDatedSource(sources)?.id).toBe('forbes');
    expect(asOfDate(sources)).toBe('2025-07-18');
    expect(reprintsOf('forbes', sources).map((s) => s.id)).toEqual(['filenews']);
  });
});
