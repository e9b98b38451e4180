import { describe, expect, it } from 'vitest';
import { best, scoreAnswers, type Candidate } from '../../src/lib/search/answer';
import { questionKind, readsAsQuestion } from '../../src/lib/search/question';
import { synonyms } from '../../src/lib/search/synonyms';
import { allowedDistance } from '../../src/lib/search/edit-distance';
import { QueryReader, sameWord, words } from '../../src/client/search/understand';
import type { LexiconEntity } from '../../src/lib/search/lexicon';
import { forms, nameWordsOf } from '../../src/client/search/answer-section';

const candidate = (
  key: string,
  heading: string,
  body: number[] = [],
  title = ''
): Candidate<string> => ({
  key,
  heading: words(heading).filter((w) => !['has', 'the', 'did', 'is', 'in'].includes(w)),
  title: words(title),
  names: [],
  kind: 'Analysis',
  asks: words(heading)[0],
  body: new Set(body),
});

/** Each query word with its synonyms, as the reader gives them. */
const formsOf = (...terms: string[]) => terms.map((t) => synonyms(t));

describe('which section answers a question', () => {
  it('puts the section whose heading holds the question ahead of one that holds a name', () => {
    // "did armenia leave the csto": "left" is a form of "leave"; Armenia's profile holds one word.
    const scored = scoreAnswers(
      formsOf('armenia', 'leave', 'csto'),
      'did',
      [
        candidate('profile', 'Armenia', [0, 2]),
        candidate('disagreement', 'Has Armenia left the CSTO?', [0, 1, 2]),
        candidate('outlook', 'Armenia: leave, stay frozen or return?', [0, 1]),
      ],
      sameWord
    );
    expect(best(scored)?.key).toBe('disagreement');
    expect(scored.find((s) => s.key === 'disagreement')?.inHeading).toBe(3);
  });

  it('counts the heading above the page title, and the page title above the text', () => {
    const scored = scoreAnswers(
      formsOf('kazakhstan', 'protests'),
      'what',
      [
        candidate('text', 'Summary', [0, 1]),
        candidate('titled', 'Summary', [1], 'Kazakhstan'),
        candidate('headed', 'Kazakhstan', [1]),
      ],
      sameWord
    );
    const score = (key: string) => scored.find((s) => s.key === key)!.score;
    expect(score('headed')).toBeGreaterThan(score('titled'));
    expect(score('titled')).toBeGreaterThan(score('text'));
  });

  it('prefers, of two headings that hold as much, the one asked the way the reader asks', () => {
    const scored = scoreAnswers(
      formsOf('belarus', 'invasion'),
      'did',
      [
        candidate('plain', 'Belarus and the war', [1]),
        candidate('asked', 'Did Belarus support the war?', [1]),
      ],
      sameWord
    );
    expect(best(scored)?.key).toBe('asked');
  });

  it('reads questions by their words, their mark and the Russian "ли"', () => {
    expect(readsAsQuestion('could armenia rejoin', ['could', 'armenia', 'rejoin'])).toBe(true);
    expect(readsAsQuestion('armenia csto?', ['armenia', 'csto'])).toBe(true);
    expect(readsAsQuestion('поддержал ли Лукашенко', ['поддержал', 'ли', 'лукашенко'])).toBe(true);
    expect(readsAsQuestion('Kazakhstan intervention', ['kazakhstan', 'intervention'])).toBe(false);
    expect(questionKind('зачем')).toBe(questionKind('why'));
  });
});

describe('words of the same meaning', () => {
  it('joins the forms a stem cannot reach and the plain words readers use', () => {
    expect(synonyms('leave')).toContain('left');
    expect(synonyms('quit')).toContain('staying');
    expect(synonyms('protests')).toContain('unrest');
    expect(synonyms('вышла')).toContain('выити');
    expect(synonyms('zzqx')).toEqual(['zzqx']);
  });
  it("asks whether a state belongs in the words of its profile's status section", () => {
    expect(synonyms('part_of')).toContain('status');
    expect(synonyms('состоит')).toContain('статус');
  });
});

describe('what a query word counts as in a heading', () => {
  const state: LexiconEntity = {
    kind: 'state',
    title: 'Azerbaijan',
    url: '/states/azerbaijan/',
    pageKind: 'Profile',
    blurb: '',
    names: ['Azerbaijan', 'Azeri', 'Азербайджан'],
    aliases: [],
    filters: {},
  };
  const reader = new QueryReader([state]);
  it('takes in the other one-word names of the entity a word names', () => {
    expect(forms(reader, 'azeri')).toEqual(expect.arrayContaining(['azerbaijan', 'азербаиджан']));
    expect(forms(reader, 'quit')).toContain('leave');
    expect(nameWordsOf(reader, '/states/azerbaijan/')).toContain('azeri');
  });
  it('allows more misspelling the longer the word', () => {
    expect([3, 5, 8, 9].map((n) => allowedDistance('x'.repeat(n)))).toEqual([0, 1, 2, 3]);
  });
});
