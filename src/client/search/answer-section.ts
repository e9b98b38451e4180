/**
 * The section where a query of several words is answered (a question, several names, an event in
 * the reader's words; src/lib/search/answer.ts), found for engine.ts. Part of the search code every
 * first query loads: as a module of its own it was a sixth fixed request, which took free text past
 * twelve.
 */
import type { PagefindModule, PagefindResult, FilterSelection } from './pagefind';
import { groupByPage, type PageGroup, type RecordHit } from './results';
import type { SearchLexicon } from './engine';
import { joinBase, pathOf, recordPath } from './paths';
import {
  isStopWord,
  sameWord,
  words,
  type EntityMatch,
  type QueryReader,
  type Understanding,
} from './understand';
import { best, rarityWeights, scoreAnswers, type Candidate } from '../../lib/search/answer';
import { askedWith } from '../../lib/search/question';
import { joinPhrases, synonyms } from '../../lib/search/synonyms';

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
/**
 * A section's lead: its first words (the heading's, then about two sentences; an event's title and
 * the start of its summary), which say what it is about.
 */
const LEAD_WORDS = 40;

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
  // An event that some of the words name is no name the reader typed: a question's margin.
  const margin =
    question || matches[0]?.entity.kind === 'event' ? ANSWER_MARGIN.question : ANSWER_MARGIN.phrase;
  const scored = await findAnswer(pagefind, lexicon, reader, reading, matches, filters, margin);
  const grouped = found ? groups : groupByPage(scored.ranked, lexicon.records);
  const { answer } = scored;
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
  const terms = scoredTerms(reading);
  const responses = await Promise.all(
    terms.map((t) => pagefind.search(searchedWord(t), { filters }))
  );
  const body = new Map<string, Set<number>>();
  const lead = new Map<string, Set<number>>();
  const results = new Map<string, PagefindResult>();
  const add = (map: Map<string, Set<number>>, id: string, i: number) =>
    map.set(id, (map.get(id) ?? new Set<number>()).add(i));
  responses.forEach((response, i) => {
    for (const result of response.results) {
      results.set(result.id, result);
      add(body, result.id, i);
      if (result.words.some((at) => at < LEAD_WORDS)) add(lead, result.id, i);
    }
  });
  // A heading's phrases count as the words they mean ("rules out": "refuses"), as the query's do.
  const content = (text: string) => joinPhrases(words(text)).filter((w) => !isStopWord(w));
  const named = namedThings(reader, terms);
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
      ...(record.parent && { parent: content(record.parent.heading) }),
      asks: askedWith(words(heading)),
      body: held,
      lead: lead.get(id) ?? new Set(),
      entry: named.several && named.entries.has(joinBase(lexicon.base, path)),
    });
  }
  const scored = scoreAnswers(
    terms.map((t) => forms(reader, t)),
    askedWith(words(reading.fullQuery)),
    candidates,
    sameWord,
    rarityWeights(
      responses.map((r) => r.results.length),
      lexicon.records.size
    )
  );
  const ranked = [...scored].sort((a, b) => b.score - a.score).map((s) => results.get(s.key)!);
  const top = best(scored);
  // An answer names something of the query in its heading (one that holds the words only in its
  // text is as often a passing mention: Pagefind's order stands).
  if (!top || top.inHeading === 0) return { answer: undefined, ranked };
  const record = lexicon.records.get(top.key)!;
  // The entry named first stays first unless a section (or another entry named) beats its own
  // entry by more than a heading asked the same way: on a near tie, the entry named.
  const first = matches[0] && pathOf(matches[0].entity.url, lexicon.base);
  const namedScore = scored.find((s) => recordPath(lexicon.records.get(s.key)!) === first)?.score;
  // The entry named is the best answer itself: it stays first, whatever else the query names.
  if (first === recordPath(record))
    return { answer: { result: results.get(top.key)!, record }, ranked };
  const beats = namedScore === undefined || top.score > namedScore + margin;
  return { answer: beats ? { result: results.get(top.key)!, record } : undefined, ranked };
}

/**
 * The people, states and terms the query's words name (their own entries' URLs), and whether they
 * are several things: two words that name no entry in common ("mullojanov nato", not "fact
 * finding"). Events are left out: an event is where things meet.
 */
function namedThings(
  reader: QueryReader,
  terms: readonly string[]
): { entries: Set<string>; several: boolean } {
  const naming = terms.map(
    (term) =>
      new Set(
        term.length < 3
          ? []
          : reader.names
              .filter((n) => n.entity.kind !== 'event' && n.words.some((w) => sameWord(w, term)))
              .map((n) => n.entity.url)
      )
  );
  const several = naming.some(
    (a, i) =>
      a.size > 0 && naming.some((b, j) => j > i && b.size > 0 && ![...a].some((url) => b.has(url)))
  );
  return { entries: new Set(naming.flatMap((set) => [...set])), several };
}

/**
 * The query's words as they are scored: its content words, with the phrases of the table of words
 * of the same meaning joined into one ("on hold" → "on_hold", which counts as "freeze").
 */
function scoredTerms(reading: Understanding): string[] {
  const joined = joinPhrases(words(reading.fullQuery)).filter((w) => !isStopWord(w));
  return joined.length > 0 ? joined : reading.terms;
}

/** What Pagefind is asked for a scored word: a phrase's longest word ("blown_up": "blown"). */
function searchedWord(term: string): string {
  return term
    .split('_')
    .filter((w) => !isStopWord(w))
    .reduce((a, b) => (b.length > a.length ? b : a), '');
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
