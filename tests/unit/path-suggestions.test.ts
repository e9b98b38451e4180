import { describe, expect, it } from 'vitest';
import { pathWords, suggestPages } from '../../src/lib/search/path-suggestions';

const pages = [
  { title: 'Member states', href: '/states/' },
  { title: 'Armenia (profile)', href: '/states/armenia/' },
  { title: 'Azerbaijan (profile)', href: '/states/azerbaijan/' },
  {
    title: 'Armenia freezes its membership (event, 2024-02)',
    href: '/timeline/armenia-freezes-membership-2024/',
  },
  {
    title: 'Kazakhstan intervention (event, 2022-01)',
    href: '/timeline/kazakhstan-intervention-2022/',
  },
  { title: 'Timeline', href: '/timeline/' },
  { title: 'Vladimir Putin (person)', href: '/people/#putin' },
  { title: 'Glossary', href: '/glossary/' },
];
const titles = (list: { title: string }[]) => list.map((p) => p.title);

describe('pathWords', () => {
  it('reads the words of an address, without the base path and file-name noise', () => {
    expect(pathWords('/states/armenai/')).toEqual(['states', 'armenai']);
    expect(pathWords('/csto/timline/kazakhstan-intervention/index.html', '/csto/')).toEqual([
      'timline',
      'kazakhstan',
      'intervention',
    ]);
    expect(pathWords('/%C3%A9t%C3%A9/%E0%A4')).toEqual(['ete', 'e0', 'a4']);
    expect(pathWords('/')).toEqual([]);
  });

  it('leaves out the edition, which names no page', () => {
    expect(pathWords('/ru/states/armenai/')).toEqual(['states', 'armenai']);
    expect(pathWords('/csto/ru/timline/', '/csto/')).toEqual(['timline']);
  });
});

describe('suggestPages', () => {
  it('puts the page whose name the address misspells first', () => {
    expect(titles(suggestPages(pathWords('/states/armenai/'), pages))[0]).toBe('Armenia (profile)');
    expect(titles(suggestPages(pathWords('/timline/kazakhstan-intervention'), pages))[0]).toBe(
      'Kazakhstan intervention (event, 2022-01)'
    );
    expect(titles(suggestPages(pathWords('/putin'), pages))).toEqual(['Vladimir Putin (person)']);
  });

  it('prefers the page that matches more of the address’s words', () => {
    expect(titles(suggestPages(pathWords('/armenia/freeze'), pages))[0]).toBe(
      'Armenia freezes its membership (event, 2024-02)'
    );
  });

  it('suggests only the pages that match as many of the words as the best', () => {
    expect(titles(suggestPages(pathWords('/states/armenai/'), pages))).toEqual([
      'Armenia (profile)',
    ]);
  });

  it('suggests nothing for words no page has, and at most `count`', () => {
    expect(suggestPages(pathWords('/zzqx/'), pages)).toEqual([]);
    expect(suggestPages(pathWords('/states/'), pages, 2)).toHaveLength(2);
  });
});
