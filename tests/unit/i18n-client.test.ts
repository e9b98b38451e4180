import { describe, expect, it } from 'vitest';
import { carryPlace } from '../../src/lib/translation/language-place';
import { QueryReader, russianStem, sameWord } from '../../src/client/search/understand';
import type { LexiconEntity } from '../../src/lib/search/lexicon';

describe('the language switch carries the reader’s place', () => {
  const here = (href: string) => ({ href });
  it('keeps the section and the query', () => {
    expect(carryPlace('/ru/states/armenia/', here('http://x/states/armenia/#grievances'))).toBe(
      '/ru/states/armenia/#grievances'
    );
    expect(carryPlace('/ru/search/', here('http://x/search/?q=Pashinyan&kind=Person'))).toBe(
      '/ru/search/?q=Pashinyan&kind=Person'
    );
    expect(carryPlace('/timeline/', here('http://x/ru/timeline/?year=2022#y2022'))).toBe(
      '/timeline/?year=2022#y2022'
    );
  });
  it('drops what names things in one language: highlighted words, the search page’s state', () => {
    expect(
      carryPlace('/ru/states/armenia/', here('http://x/states/armenia/?highlight=yerevan'))
    ).toBe('/ru/states/armenia/');
    expect(carryPlace('/ru/search/', here('http://x/search/?q=a&country=Armenia'))).toBe(
      '/ru/search/?q=a'
    );
  });
  it('keeps a base path the twin carries', () => {
    expect(carryPlace('/csto/ru/', here('http://x/csto/#p3'))).toBe('/csto/ru/#p3');
  });
});

describe('Russian word forms', () => {
  it('stems the cases of a name to one stem', () => {
    expect(russianStem('армении')).toBe(russianStem('армения'));
    expect(russianStem('армению')).toBe(russianStem('армения'));
    expect(russianStem('казахстаном')).toBe('казахстан');
    expect(russianStem('пашиняна')).toBe('пашинян');
  });
  it('stems a verb’s tenses to one stem, so a question meets an event’s title', () => {
    expect(russianStem('отменила')).toBe(russianStem('отменяет'));
    expect(sameWord('отменяет', 'отменила')).toBe(true);
  });
  it('matches a case form typed against the name, but not a short or different word', () => {
    expect(sameWord('армения', 'армении')).toBe(true);
    expect(sameWord('казахстан', 'казахстаном')).toBe(true);
    expect(sameWord('армения', 'азербаиджан')).toBe(false);
    expect(sameWord('россия', 'рос')).toBe(true); // a prefix, as typed key by key
  });
  it('reads a Russian question past its stop words to the entity', () => {
    const armenia: LexiconEntity = {
      kind: 'state',
      title: 'Армения',
      url: '/ru/states/armenia/',
      pageKind: 'Profile',
      blurb: '',
      names: ['Армения', 'Армении', 'Armenia'],
      aliases: [],
      filters: {},
    };
    const reader = new QueryReader([armenia]);
    reader.setVocabulary('армения');
    const found = reader.read('что с армении').entities.map((m) => m.entity.title);
    expect(found).toContain('Армения');
  });
});
