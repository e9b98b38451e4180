/**
 * What scores the passage where a query's words meet (src/lib/search/answer.ts) beyond a
 * question's words: the lead, the subsection under its parent, the entry of one of several things
 * named, common words, a year; the phrases of the table of words of the same meaning; and the data
 * it needs cheaply (each record's parent section, the vocabulary's compact list, names without
 * their other endings).
 */
import { describe, expect, it } from 'vitest';
import { best, rarityWeights, scoreAnswers, type Candidate } from '../../src/lib/search/answer';
import { joinPhrases, synonyms } from '../../src/lib/search/synonyms';
import { readWordList, writeWordList } from '../../src/lib/search/word-list';
import { decodeRecords, encodeRecords } from '../../src/lib/search/records';
import { distinctByStem } from '../../src/lib/search/lexicon';
import { QueryReader, sameWord, words } from '../../src/client/search/understand';
import type { LexiconEntity } from '../../src/lib/search/lexicon';

const candidate = (key: string, heading: string, more: Partial<Candidate<string>> = {}) => ({
  key,
  heading: joinPhrases(words(heading)).filter((w) => !['the', 'of', 'its', 'on'].includes(w)),
  title: [],
  names: [],
  kind: 'Analysis',
  asks: undefined,
  body: new Set<number>(),
  ...more,
});
const formsOf = (...terms: string[]) => terms.map((t) => synonyms(t));
const scores = (scored: { key: string; score: number }[]) =>
  Object.fromEntries(scored.map((s) => [s.key, s.score]));

describe('the passage where a query’s words meet', () => {
  it('counts a word in the lead above the same word further down', () => {
    const s = scores(
      scoreAnswers(
        formsOf('mullojanov', 'nato'),
        undefined,
        [
          candidate('lead', 'Threats', { body: new Set([0, 1]), lead: new Set([0, 1]) }),
          candidate('down', 'Threats', { body: new Set([0, 1]) }),
        ],
        sameWord
      )
    );
    expect(s['lead']).toBeGreaterThan(s['down']!);
  });

  it('puts a subsection ahead of its parent when its own heading holds a word the parent’s does not', () => {
    const parent = 'Armenia: leave, stay frozen or return?';
    const scored = scoreAnswers(
      formsOf('armenia', 'risk', 'walk_out'),
      'what',
      [
        candidate('parent', parent, { body: new Set([0, 1, 2]) }),
        // Its text holds "risk" and "walk out" but not Armenia, which its parent's heading names.
        candidate('cost', 'The cost of leaving', { parent: words(parent), body: new Set([1, 2]) }),
        candidate('staying', 'Staying frozen', { parent: words(parent), body: new Set([0]) }),
      ],
      sameWord
    );
    expect(best(scored)?.key).toBe('cost');
    // "Staying frozen" holds nothing of the query that its parent does not: the parent stays ahead.
    expect(scores(scored)['parent']).toBeGreaterThan(scores(scored)['staying']!);
  });

  it('ranks the entry of one of several things named below the passage that holds them all', () => {
    const scored = scoreAnswers(
      formsOf('mullojanov', 'nato', 'radicalism'),
      undefined,
      [
        candidate('nato', 'NATO', { kind: 'Term', body: new Set([0, 1, 2]), entry: true }),
        candidate('threats', 'Members fear different threats', { body: new Set([0, 1, 2]) }),
      ],
      sameWord
    );
    expect(best(scored)?.key).toBe('threats');
  });

  it('counts an event told in other words by the table’s words and phrases', () => {
    const terms = joinPhrases(words('armenia puts its membership on hold')).filter(
      (w) => !['its', 'on'].includes(w)
    );
    expect(terms).toEqual(['armenia', 'puts', 'membership', 'on_hold']);
    const scored = scoreAnswers(
      terms.map((t) => synonyms(t)),
      undefined,
      [
        candidate('freeze', 'Armenia freezes its membership', { kind: 'Event' }),
        candidate('chairs', 'Armenia chairs the CSTO', { kind: 'Event' }),
      ],
      sameWord
    );
    expect(best(scored)?.key).toBe('freeze');
    expect(joinPhrases(['kerch', 'bridge', 'blown', 'up'])).toEqual([
      'kerch',
      'bridge',
      'blown_up',
    ]);
    expect(synonyms('blown_up')).toContain('attacked');
    expect(synonyms('не_поехал')).toContain('пропускает');
  });

  it('prefers an event for a query that names one year, not for one that asks why', () => {
    const run = (asks: string | undefined) =>
      best(
        scoreAnswers(
          formsOf('kazakhstan', 'unrest', '2022'),
          asks,
          [
            candidate('section', 'Why the unrest?', { asks: 'why', body: new Set([0]) }),
            candidate('event', 'CSTO troops sent to Kazakhstan', {
              kind: 'Event',
              body: new Set([2]),
            }),
          ],
          sameWord
        )
      )?.key;
    expect(run(undefined)).toBe('event');
    expect(run('why')).toBe('section');
  });

  it('counts a word most records hold for less, and a rare one no more than fully', () => {
    const [csto, uzbekistan, twice] = rarityWeights([300, 20, 1], 600);
    expect(csto).toBe(0.5);
    expect(uzbekistan).toBe(1);
    expect(twice).toBe(1);
    expect(rarityWeights([120], 600)[0]).toBeGreaterThan(0.5);
    expect(rarityWeights([120], 600)[0]).toBeLessThan(1);
  });
});

describe('what the scoring reads', () => {
  it('knows each section’s parent from the records’ depths', () => {
    const records = decodeRecords(
      encodeRecords([
        {
          url: '/outlook/',
          title: 'Outlook',
          filters: {},
          records: [
            { id: 'a', section: '', heading: '', depth: 1 },
            { id: 'b', section: 'armenia-question', heading: 'Armenia', depth: 2 },
            { id: 'c', section: 'armenia-returns', heading: 'Returning', depth: 3 },
            { id: 'd', section: 'what-to-watch', heading: 'What to watch', depth: 2 },
          ],
        },
      ])
    );
    expect(records.get('c')!.parent?.section).toBe('armenia-question');
    expect(records.get('b')!.parent).toBeUndefined();
    expect(records.get('d')!.parent).toBeUndefined();
  });

  it('writes the vocabulary compactly and reads it back, and a plain list as itself', () => {
    const list = ['армения', 'армении', 'армению', 'forbes', 'forbes18', 'kazakh', 'kazakhstan'];
    const sorted = [...list].sort();
    const written = writeWordList(sorted);
    expect(written.length).toBeLessThan(sorted.join(' ').length);
    expect(readWordList(written)).toEqual(sorted);
    expect(readWordList('armenia csto')).toEqual(['armenia', 'csto']);
  });

  it('lists a name once, not also in its other endings, and still finds those endings', () => {
    expect(distinctByStem(['Армения', 'Армении', 'Армению', 'Ереван', 'Armenia'])).toEqual([
      'Армения',
      'Ереван',
      'Armenia',
    ]);
    const armenia: LexiconEntity = {
      kind: 'state',
      title: 'Армения',
      url: '/ru/states/armenia/',
      pageKind: 'Profile',
      blurb: '',
      names: ['Армения'],
      aliases: [],
      filters: {},
    };
    const reader = new QueryReader([armenia]);
    // A name's other ending is a name's word: no vocabulary needed, and it names the state.
    expect(reader.needsVocabulary('Армении')).toBe(false);
    expect(reader.read('Армении').entities[0]?.url).toBe('/ru/states/armenia/');
  });
});
