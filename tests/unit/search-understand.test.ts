import { describe, expect, it } from 'vitest';
import type { LexiconEntity } from '../../src/lib/search-lexicon';
import { QueryReader, editDistance, hasPrefix, words } from '../../src/client/search/understand';

const entity = (kind: LexiconEntity['kind'], title: string, names: string[], aliases: string[], url: string, aliasUrl?: string): LexiconEntity => ({
  kind, title, url, pageKind: kind === 'state' ? 'Profile' : kind === 'person' ? 'Person' : kind === 'term' ? 'Term' : 'Event',
  blurb: '', names: [title, ...names], aliases, ...(aliasUrl ? { aliasUrl } : {}), filters: {},
});
const entities = [
  entity('state', 'Kazakhstan', ['Казахстан', 'Қазақстан'], ['Astana'], '/states/kazakhstan/', '/states/kazakhstan/#at-a-glance'),
  entity('state', 'Uzbekistan', ['Oʻzbekiston'], ['Tashkent'], '/states/uzbekistan/', '/states/uzbekistan/#at-a-glance'),
  entity('person', 'Nikol Pashinyan', ['Пашинян'], ['Pashinian'], '/people/#pashinyan'),
  entity('person', 'Alexander Lukashenko', ['Lukashenka'], [], '/people/#lukashenko'),
  entity('term', 'Collective Security Treaty Organization (CSTO)', ['ОДКБ'], ['CSTO'], '/glossary/#csto'),
  entity('event', 'Uzbekistan leaves again', [], ['uzbekistan leaves 2012'], '/timeline/uzbekistan-leaves-2012/'),
  entity('event', 'CSTO troops sent to Kazakhstan', [], ['kazakhstan intervention 2022'], '/timeline/kazakhstan-intervention-2022/'),
];
const vocabulary = 'again alexander astana bloc csto intervention kazakhstan leaves left lukashenko nikol pashinian pashinyan sent tashkent troops uzbekistan';
const reader = () => {
  const r = new QueryReader(entities);
  r.setVocabulary(vocabulary);
  return r;
};
const first = (query: string) => reader().read(query).entities[0]?.url;

describe('words', () => {
  it('folds case and diacritics, and drops apostrophes inside words', () => {
    expect(words('Oʻzbekiston')).toEqual(words("O'zbekiston"));
    expect(words('Kassym-Jomart Tokayev')).toEqual(['kassym', 'jomart', 'tokayev']);
    expect(words('ҚАЗАҚСТАН')).toEqual(['қазақстан']);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours', () => {
    expect(editDistance('kazakstan', 'kazakhstan', 2)).toBe(1);
    expect(editDistance('pashniyan', 'pashinyan', 2)).toBe(1);
    expect(editDistance('zzqx', 'csto', 1)).toBe(2);
  });
});

describe('hasPrefix', () => {
  it('finds a word or the start of one in a sorted list', () => {
    expect(hasPrefix(['astana', 'kazakhstan'], 'kaz')).toBe(true);
    expect(hasPrefix(['astana', 'kazakhstan'], 'kazs')).toBe(false);
  });
});

describe('QueryReader', () => {
  it('puts the entity a name names first, in any of its names and scripts', () => {
    expect(first('Kazakhstan')).toBe('/states/kazakhstan/');
    expect(first('Казахстан')).toBe('/states/kazakhstan/');
    expect(first("O'zbekiston")).toBe('/states/uzbekistan/');
    expect(first('Pashinyan')).toBe('/people/#pashinyan');
    expect(first('Пашинян')).toBe('/people/#pashinyan');
    expect(first('ОДКБ')).toBe('/glossary/#csto');
  });

  it('lands a sourced alias of a state on the place that lists it', () => {
    expect(first('Astana')).toBe('/states/kazakhstan/#at-a-glance');
  });

  it('asks Pagefind for names it knows instead of names the site never prints', () => {
    expect(reader().read('Казахстан').pagefindQuery).toBe('kazakhstan');
    expect(reader().read('Lukashenka').pagefindQuery).toBe('alexander lukashenko');
  });

  it('corrects a misspelled word to the nearest known one and says so', () => {
    const reading = reader().read('Kazakstan');
    expect(reading.corrected).toBe('Kazakhstan');
    expect(reading.entities[0]?.url).toBe('/states/kazakhstan/');
    expect(reader().read('Kazakstan', true).corrected).toBeUndefined();
  });

  it('does not correct the start of a word still being typed, nor short words', () => {
    expect(reader().read('Kazakhs').corrected).toBeUndefined();
    expect(reader().read('xyz').corrected).toBeUndefined();
  });

  it('drops question words and lands a question on the event that answers it', () => {
    const reading = reader().read('when did Uzbekistan leave the CSTO');
    expect(reading.terms).toEqual(['uzbekistan', 'leave', 'csto']);
    expect(reading.entities[0]?.url).toBe('/timeline/uzbekistan-leaves-2012/');
    expect(reading.fullQuery).toBe('when did uzbekistan leave the csto');
  });

  it('prefers the entity whose name the query covers', () => {
    expect(first('Kazakhstan intervention')).toBe('/timeline/kazakhstan-intervention-2022/');
  });

  it('knows nonsense once it has the vocabulary', () => {
    expect(reader().read('zzqx').nonsense).toBe(true);
    expect(new QueryReader(entities).read('zzqx').nonsense).toBe(false);
  });

  it('asks for the vocabulary only for a word that is no name', () => {
    const fresh = new QueryReader(entities);
    expect(fresh.needsVocabulary('Pashinyan')).toBe(false);
    expect(fresh.needsVocabulary('when did Uzbekistan rule out')).toBe(true);
    expect(fresh.needsVocabulary('Kazakstan')).toBe(true);
  });
});
