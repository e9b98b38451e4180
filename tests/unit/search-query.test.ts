import { describe, expect, it } from 'vitest';
import {
  fold,
  highlightTerms,
  isActive,
  isSearchable,
  readState,
  searchedText,
  withHighlight,
  withoutHighlight,
  writeState,
} from '../../src/client/search/query';
import { aboutFirst, coverage, isAbout, queryTerms } from '../../src/client/search/rank';

describe('search state in the address', () => {
  it.each([
    ['?q=Kiev', { query: 'Kiev', filters: {} }],
    ['?q=Article+4&kind=Glossary', { query: 'Article 4', filters: { kind: 'Glossary' } }],
    [
      '?country=Kyrgyzstan&kind=Profile&year=',
      { query: '', filters: { kind: 'Profile', country: 'Kyrgyzstan' } },
    ],
    ['?q=a&other=1', { query: 'a', filters: {} }],
    ['', { query: '', filters: {} }],
  ])('reads %s', (search, state) => {
    expect(readState(search)).toEqual(state);
  });

  it('writes filters in a fixed order and leaves out empty ones', () => {
    expect(writeState({ query: 'Pashinian', filters: { year: '2022', kind: 'Event' } })).toBe(
      '?q=Pashinian&kind=Event&year=2022'
    );
    expect(writeState({ query: '  ', filters: {} })).toBe('');
  });

  it('round-trips', () => {
    const state = { query: 'Qasym-Zhomart Toqaev', filters: { country: 'Kazakhstan' } };
    expect(readState(writeState(state))).toEqual(state);
  });

  it('searches from the second character, or a digit, or a filter alone', () => {
    expect(isSearchable('K')).toBe(false);
    expect(isSearchable(' Ki ')).toBe(true);
    expect(isSearchable('4')).toBe(true);
    expect(isActive({ query: 'K', filters: {} })).toBe(false);
    expect(isActive({ query: '', filters: { year: '2022' } })).toBe(true);
  });
});

describe('the highlight parameter', () => {
  it('goes before the hash and is removed again', () => {
    expect(withHighlight('/csto/states/armenia/#at-a-glance', 'Yerevan')).toBe(
      '/csto/states/armenia/?highlight=Yerevan#at-a-glance'
    );
    expect(withHighlight('/glossary/', 'Article 4')).toBe('/glossary/?highlight=Article+4');
    expect(withHighlight('/glossary/', ' ')).toBe('/glossary/');
    expect(withoutHighlight('http://x.test/glossary/?highlight=Article+4#article-4')).toBe(
      '/glossary/#article-4'
    );
    expect(withoutHighlight('http://x.test/search/?q=a&highlight=b')).toBe('/search/?q=a');
  });

  it('marks words without diacritics, cuts English endings, drops lone letters', () => {
    expect(highlightTerms('Françafrique')).toEqual(['francafrique']);
    expect(highlightTerms('Kyrgyz–Tajik clashes')).toEqual(['kyrgyz', 'tajik', 'clash']);
    expect(highlightTerms("Russia's Article 4")).toEqual(['article', 'russia', '4']);
  });

  it('marks at most the first 20 distinct words of a crafted value', () => {
    const terms = highlightTerms(Array.from({ length: 2000 }, (_, i) => `w${i}x`).join(' '));
    expect(terms).toHaveLength(20);
    expect(terms).toContain('w0x');
    expect(terms).not.toContain('w20x');
  });

  it('folds without changing lengths', () => {
    const text = 'Françafrique, Sätteri, İstanbul';
    expect(fold(text)).toHaveLength(text.length);
    expect(fold('Françafrique')).toBe('francafrique');
  });
});

describe('re-ranking by what a page is about', () => {
  it('measures how much of a heading the query covers', () => {
    expect(coverage('Nikol Pashinyan', queryTerms('Pashinyan'))).toBe(0.5);
    expect(coverage('Kassym-Jomart Tokayev', queryTerms('Jomart'))).toBe(0.5);
    expect(
      coverage('Pashinyan says the CSTO may be the one leaving', queryTerms('Pashinyan'))
    ).toBeCloseTo(1 / 9);
    expect(coverage('Article 4', queryTerms('article 4'))).toBe(1);
    expect(coverage('Armenia', queryTerms('Armenia Yerevan'))).toBe(0);
  });

  it('moves pages about the query ahead, keeping the order otherwise', () => {
    const titles = [
      'Pashinyan says leaving is likelier',
      'Armenia',
      'Nikol Pashinyan',
      'Astana summit',
    ];
    const terms = queryTerms('pashinyan');
    expect(aboutFirst(titles, (t) => isAbout(t, terms))).toEqual([
      'Nikol Pashinyan',
      'Pashinyan says leaving is likelier',
      'Armenia',
      'Astana summit',
    ]);
  });
});

describe('the searched text', () => {
  it('is the query, trimmed, up to 200 characters', () => {
    expect(searchedText('  Yerevan ')).toBe('Yerevan');
    const long = 'Armenia Pashinyan troops '.repeat(400);
    const cut = searchedText(long);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(long.startsWith(cut)).toBe(true);
    expect(cut.endsWith(' ')).toBe(false);
  });

  it('never splits a character, even without spaces', () => {
    const cut = searchedText('🇦🇲'.repeat(300));
    expect([...cut]).toHaveLength(200);
    expect(cut).toBe('🇦🇲'.repeat(100));
  });
});
