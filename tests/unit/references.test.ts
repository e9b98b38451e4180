import { describe, expect, it } from 'vitest';
import {
  findUncitedSources,
  findUnknownReferences,
  type Known,
} from '../../src/lib/content/cross-references';

const known: Known = {
  sources: new Set(['forbes', 'caliber']),
  states: new Set(['armenia']),
  people: new Set(['pashinyan']),
  events: new Set(['armenia-freezes-membership-2024']),
  terms: new Set(['csto']),
};

describe('findUnknownReferences', () => {
  it('names the file, the place and the unknown id', () => {
    const problems = findUnknownReferences(known, [
      { file: 'content/events/events.yaml', where: 'event "x"', kind: 'states', id: 'armenai' },
      { file: 'content/events/events.yaml', where: 'event "x"', kind: 'sources', id: 'forbes' },
    ]);
    expect(problems).toEqual([
      'content/events/events.yaml: event "x" names unknown state "armenai" (known states: armenia)',
    ]);
  });

  it('checks the ids of search-only names against the glossary too', () => {
    const problems = findUnknownReferences(known, [
      { file: 'content/search-names.yaml', where: 'term "ctso"', kind: 'terms', id: 'ctso' },
    ]);
    expect(problems).toEqual([
      'content/search-names.yaml: term "ctso" names unknown glossary term "ctso" (known terms: csto)',
    ]);
  });

  it('reports a repeated mistake once', () => {
    const ref = {
      file: 'content/states/armenia.mdx',
      where: '<Cite>',
      kind: 'sources' as const,
      id: 'forbs',
    };
    expect(findUnknownReferences(known, [ref, ref])).toHaveLength(1);
  });
});

describe('findUncitedSources', () => {
  it('lists sources nothing cites', () => {
    expect(
      findUncitedSources(known, [{ file: 'f', where: 'w', kind: 'sources', id: 'forbes' }])
    ).toEqual(['content/sources/caliber.mdx: this source is cited nowhere on the site']);
  });
});
