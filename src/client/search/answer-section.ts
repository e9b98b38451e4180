/**
 * The section that answers a question (src/lib/search/answer.ts), found for engine.ts. A module of
 * its own, loaded only when a query reads as a question or a phrase (with the synonyms), so that
 * the first query of a name does not download it.
 */
import type { PagefindModule, PagefindResult, FilterSelection } from './pagefind';
import { groupByPage, type PageGroup, type RecordHit } from './results';
import { joinBase, pathOf, PHRASE_WORDS, recordPath, type SearchLexicon } from './engine';
import {
  isStopWord,
  sameWord,
  words,
  type EntityMatch,
  type QueryReader,
  type Understanding,
} from './understand';
import { best, scoreAnswers, type Candidate } from '../../lib/search/answer';
import { askedWith } from '../../lib/search/question';
import { synonyms } from '../../lib/search/synonyms';

/**
 * The section that answers a question (src/lib/search/answer.ts), when it answers more of it than
 * the entities the query names: Pagefind is asked for each content word alone, so a section that
 * holds all but one of them still counts, and each record is scored by where it holds them.
 */
/**
 * How much more than the first entity's own entry the answer to a question must score to go ahead
 * of it; for a phrase, which more often names the entry it wants ("Japarov CIS summit St
 * Petersburg"), more.
 */
const ANSWER_MARGIN = { question: 0.5, phrase: 1.5 };

export interface Asked {
  pagefind: PagefindModule;
  lexicon: SearchLexicon;
  reader: QueryReader;
  reading: Understanding;
  matches: EntityMatch[];
  filters: FilterSelection;
  /** The query reads as a question (else it is a phrase, or found nothing). */
  question: boolean;
  /** Pagefind, asked for every word, found something. */
  found: boolean;
}

/**
 * Pagefind's results grouped by page, with the answer to a question or phrase leading its page
 * (when it beats the entry named); a query Pagefind found nowhere gets the sections that hold the
 * most of its words.
 */
export async function answerIn(
  groups: PageGroup<PagefindResult>[],
  asked: Asked
): Promise<{ groups: PageGroup<PagefindResult>[]; answer: RecordHit<PagefindResult> | undefined }> {
  const { pagefind, lexicon, reader, reading, matches, filters, question, found } = asked;
  const phrase = reading.terms.length >= PHRASE_WORDS;
  const margin = question ? ANSWER_MARGIN.question : ANSWER_MARGIN.phrase;
  const scored = await findAnswer(pagefind, lexicon, reader, reading, matches, filters, margin);
  const grouped = found ? groups : groupByPage(scored.ranked, lexicon.records);
  const answer = question || phrase ? scored.answer : undefined;
  if (answer) {
    // The answer leads its page's sections, even when Pagefind, asked for every word, missed it.
    const group = grouped.find((g) => g.page.url === answer.record.page.url);
    if (!group) grouped.unshift({ page: answer.record.page, hits: [answer] });
    else if (!group.hits.some((h) => h.result.id === answer.result.id)) group.hits.unshift(answer);
  }
  return { groups: grouped, answer };
}

async function findAnswer(
  pagefind: PagefindModule,
  lexicon: SearchLexicon,
  reader: QueryReader,
  reading: Understanding,
  matches: EntityMatch[],
  filters: FilterSelection,
  margin: number
): Promise<{ answer: RecordHit<PagefindResult> | undefined; ranked: PagefindResult[] }> {
  const { terms } = reading;
  const responses = await Promise.all(terms.map((t) => pagefind.search(t, { filters })));
  const body = new Map<string, Set<number>>();
  const results = new Map<string, PagefindResult>();
  responses.forEach((response, i) => {
    for (const result of response.results) {
      results.set(result.id, result);
      const held = body.get(result.id) ?? new Set<number>();
      held.add(i);
      body.set(result.id, held);
    }
  });
  const content = (text: string) => words(text).filter((w) => !isStopWord(w));
  const candidates: Candidate<string>[] = [];
  for (const [id, held] of body) {
    const record = lexicon.records.get(id);
    if (!record) continue;
    const path = recordPath(record);
    const heading = record.heading || record.page.title;
    candidates.push({
      key: id,
      heading: content(heading),
      // The section's id is written by the editors to be read in its link ("armenia-returns",
      // "unrest-cause"): its words name the section as an entry's names name the entry.
      names: [
        ...(nameWordsOf(reader, joinBase(lexicon.base, path)) ?? []),
        ...record.section.split('-'),
      ],
      kind: record.page.kind,
      title: record.heading ? content(record.page.title) : [],
      asks: askedWith(words(heading)),
      body: held,
    });
  }
  const scored = scoreAnswers(
    terms.map((t) => forms(reader, t)),
    askedWith(words(reading.fullQuery)),
    candidates,
    sameWord
  );
  const ranked = [...scored].sort((a, b) => b.score - a.score).map((s) => results.get(s.key)!);
  const top = best(scored);
  if (!top || top.inHeading === 0) return { answer: undefined, ranked };
  const record = lexicon.records.get(top.key)!;
  // The entry named first stays first unless a section (or another entry named) beats its own
  // entry by more than a heading asked the same way: on a near tie, the entry named.
  const named = matches[0] && pathOf(matches[0].entity.url, lexicon.base);
  const namedScore = scored.find((s) => recordPath(lexicon.records.get(s.key)!) === named)?.score;
  const beats =
    named !== recordPath(record) && (namedScore === undefined || top.score > namedScore + margin);
  return { answer: beats ? { result: results.get(top.key)!, record } : undefined, ranked };
}

/**
 * The forms that count as a query word in a heading: the word, the words of the same meaning
 * (synonyms.ts), and, when it is a one-word name of an entity, that entity's other one-word names
 * ("csto": "одкб", "odkb", "bloc"; "azeri": "azerbaijan").
 */
export function forms(reader: QueryReader, term: string): string[] {
  const found = new Set(synonyms(term));
  const named = new Set(
    reader.names
      .filter(
        (n) =>
          n.words.length === 1 &&
          (n.words[0] === term || (term.length >= 4 && sameWord(n.words[0]!, term)))
      )
      .map((n) => n.entity)
  );
  for (const n of reader.names)
    if (named.has(n.entity) && n.words.length === 1) found.add(n.words[0]!);
  return [...found];
}

/** Each reader's entities by their own entry's URL → the words of all their names. */
const nameWords = new WeakMap<QueryReader, Map<string, string[]>>();

/** The words of all the names of the entity whose own entry is at `url`. */
export function nameWordsOf(reader: QueryReader, url: string): string[] | undefined {
  let byUrl = nameWords.get(reader);
  if (!byUrl) {
    byUrl = new Map();
    for (const n of reader.names)
      byUrl.set(n.entity.url, [...(byUrl.get(n.entity.url) ?? []), ...n.words]);
    nameWords.set(reader, byUrl);
  }
  return byUrl.get(url);
}
