import { describe, expect, it } from 'vitest';
import {
  mergeReferences,
  paragraphLabel,
  paragraphsOf,
  mustParsePinpoint,
  parsePinpoint,
  toRuns,
} from '../../src/lib/citations/pinpoints';
import { checkPinpoints, type Guide } from '../../src/lib/citations/pinpoint-check';

describe('parsePinpoint', () => {
  it('reads a source and its paragraphs, runs and lists', () => {
    expect(parsePinpoint('forbes:4')).toEqual({
      raw: 'forbes:4',
      source: 'forbes',
      runs: [[4, 4]],
    });
    expect(parsePinpoint('eurasia-review:12-13')).toEqual({
      raw: 'eurasia-review:12-13',
      source: 'eurasia-review',
      runs: [[12, 13]],
    });
    expect(paragraphsOf(mustParsePinpoint('caliber:3,5-6'))).toEqual([3, 5, 6]);
  });
  it('says what is wrong with a bad reference', () => {
    expect(parsePinpoint('forbes')).toMatch(/names no paragraph/);
    expect(parsePinpoint('forbes:0')).toMatch(/is not a citation/);
    expect(parsePinpoint('Forbes:2')).toMatch(/is not a citation/);
    expect(parsePinpoint('forbes:5-3')).toMatch(/goes backwards/);
  });
});

describe('labels', () => {
  it('writes paragraphs for readers', () => {
    expect(paragraphLabel(mustParsePinpoint('forbes:4'))).toBe('¶4');
    expect(paragraphLabel(mustParsePinpoint('forbes:4-5,9'))).toBe('¶¶4–5, 9');
  });
});

describe('mergeReferences', () => {
  it('merges references to one source in first-appearance order, compacting runs', () => {
    expect(toRuns([9, 3, 4, 5, 4])).toEqual([
      [3, 5],
      [9, 9],
    ]);
    expect(mergeReferences(['forbes:4', 'caliber:2', 'forbes:5-6', 'forbes:9'])).toEqual([
      'forbes:4-6,9',
      'caliber:2',
    ]);
    expect(mergeReferences(['forbes', 'forbes:2'])).toEqual(['forbes:2']);
  });
});

describe('checkPinpoints', () => {
  const guides = new Map<string, Guide>([
    ['forbes', { count: 15, described: new Set([1, 2, 3, 4]) }],
  ]);
  const at = (raw: string) => ({ file: 'content/pages/x.mdx', where: '<Cite>', raw });
  it('accepts paragraphs the guide describes', () => {
    expect(checkPinpoints([at('forbes:2-4')], guides)).toEqual([]);
  });
  it('names the file, the citation and the problem', () => {
    expect(checkPinpoints([at('forbes:16'), at('forbes:9'), at('forbes')], guides)).toEqual([
      'content/pages/x.mdx: <Cite> cites "forbes:16": paragraph 16 is beyond the last paragraph of forbes (15)',
      'content/pages/x.mdx: <Cite> cites "forbes:9": paragraph 9 of forbes is missing from its paragraph guide (add a gist for n: 9 in content/sources/forbes.mdx)',
      'content/pages/x.mdx: <Cite> cites "forbes": "forbes" names no paragraph: write a source id and its paragraphs, e.g. "forbes:4", "eurasia-review:12-13" or "caliber:3,5"',
    ]);
  });
});
