import { describe, expect, it } from 'vitest';
import { englishStem, QueryReader, sameWord } from '../../src/client/search/understand';
import type { LexiconEntity } from '../../src/lib/search/lexicon';

const entity = (
  kind: LexiconEntity['kind'],
  title: string,
  names: string[],
  aliases: string[] = []
): LexiconEntity => ({
  kind,
  title,
  url: `/${kind}/${title.toLowerCase().replace(/\W+/g, '-')}/`,
  pageKind: 'Event',
  blurb: '',
  names: [title, ...names],
  aliases,
  filters: {},
});

const kyrgyzstan = entity('state', 'Kyrgyzstan', ['Кыргызстан', 'Kirghizia']);
const exercise = entity(
  'event',
  'Kyrgyzstan cancels a CSTO exercise',
  [],
  ['kyrgyzstan cancels exercise 2022 September']
);
const clashes = entity(
  'event',
  'Clashes on the Armenia–Azerbaijan border',
  [],
  ['armenia azerbaijan clashes 2022 September']
);
const reader = new QueryReader([kyrgyzstan, exercise, clashes]);
reader.setVocabulary(
  'armenia azerbaijan border cancels clashes csto exercise kyrgyzstan september'
);

describe('words that name the same word', () => {
  it('matches a word, its start, and its other English forms', () => {
    expect(sameWord('exercise', 'exercise')).toBe(true);
    expect(sameWord('kyrgyzstan', 'kyrg')).toBe(true);
    expect(sameWord('exercise', 'exercises')).toBe(true);
    expect(sameWord('cancels', 'cancelled')).toBe(true);
    expect(sameWord('cancels', 'cancel')).toBe(true);
  });
  it('does not match different words that share a start', () => {
    expect(sameWord('union', 'unit')).toBe(false);
    expect(sameWord('leader', 'leaves')).toBe(false);
    expect(sameWord('armenia', 'army')).toBe(false);
    expect(sameWord('clashes', 'class')).toBe(false);
  });
  it('stems plurals and verb forms alike', () => {
    expect(englishStem('exercises')).toBe(englishStem('exercise'));
    expect(englishStem('cancelled')).toBe('cancel');
    expect(englishStem('leaves')).toBe(englishStem('leave'));
  });
});

describe('reading a question', () => {
  it('finds the event a question describes in other word forms', () => {
    const reading = reader.read('why did Kyrgyzstan cancel the CSTO military exercises');
    expect(reading.entities[0]?.entity).toBe(exercise);
  });
  it('finds the events of the month a question names', () => {
    const reading = reader.read('did the CSTO help Armenia in September 2022');
    expect(reading.entities.map((m) => m.entity)).toContain(clashes);
  });
  it('sets question words aside for Pagefind but keeps them for a retry', () => {
    const reading = reader.read('when did the clashes happen');
    expect(reading.pagefindQuery).toBe('clashes');
    expect(reading.fullQuery).toBe('when did the clashes happen');
  });
  it('hands Pagefind a name it knows in place of one in another script', () => {
    const reading = reader.read('Кыргызстан');
    expect(reading.entities[0]?.entity).toBe(kyrgyzstan);
    expect(reading.pagefindQuery).toBe('kyrgyzstan');
  });
  it('corrects a misspelt word and says so', () => {
    const reading = reader.read('Krygyzstan');
    expect(reading.corrected).toBe('Kyrgyzstan');
    expect(reading.entities[0]?.entity).toBe(kyrgyzstan);
  });
  it('calls a query of unknown words nonsense', () => {
    expect(reader.read('zzqx').nonsense).toBe(true);
  });
});

describe('a query that names several things', () => {
  const japarov = entity('person', 'Sadyr Japarov', []);
  const cis = entity('term', 'Commonwealth of Independent States (CIS)', [], ['CIS']);
  const putin = entity('person', 'Vladimir Putin', []);
  const article4 = entity(
    'event',
    'Armenia invokes Article 4; the CSTO sends only fact-finders',
    [],
    ['armenia invokes article 4 2022 September']
  );
  const skips: LexiconEntity = {
    ...entity(
      'event',
      'Japarov stays away from a gathering in Russia',
      [],
      ['japarov skips cis 2022']
    ),
    involves: [japarov.url],
  };
  const summit: LexiconEntity = {
    ...entity('event', 'The Astana summit', []),
    involves: [japarov.url, putin.url],
  };
  const several = new QueryReader([japarov, cis, putin, skips, summit, clashes, article4]);
  several.setVocabulary('armenia article cis csto gathering japarov petersburg putin summit');

  it('puts first the event whose own names hold two of the things named', () => {
    const reading = several.read('Japarov CIS summit St Petersburg');
    expect(reading.entities[0]?.entity).toBe(skips);
    expect(reading.several).toBe(false);
  });

  it('asks for where they meet when no event names them: the section that holds every word, then the event that involves them', () => {
    const reading = several.read('Japarov Putin');
    expect(new Set(reading.entities.map((m) => m.entity))).toEqual(new Set([putin, japarov]));
    expect(reading.several).toBe(true);
    expect(reading.meeting?.entity).toBe(summit);
  });

  it('counts what an entity’s names hold together, so a question’s words spread over them still name it', () => {
    const reading = several.read('did the csto help armenia in september 2022');
    expect(reading.entities[0]?.entity).toBe(article4);
    expect(reading.several).toBe(false);
  });

  it('names one thing for a query its title says whole', () => {
    const reading = several.read('Sadyr Japarov');
    expect(reading.entities[0]?.entity).toBe(japarov);
    expect(reading.partial).toBe(false);
    expect(reading.several).toBe(false);
  });
});
