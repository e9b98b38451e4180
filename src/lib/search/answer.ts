/**
 * Which section answers a query of several words. A reader who asks "did armenia leave the csto"
 * wants the section headed "Has Armenia left the CSTO?", not the entry of Armenia or of the CSTO,
 * which each hold one word of it; one who types "mullojanov nato islamic radicalism" wants the
 * passage where the four meet, not the glossary's NATO. Sections (and events, whose record is
 * their summary) are scored by how many of the query's content words they hold and where: in the
 * heading (the section's own, or the page's title for its introduction) most, in the page's title
 * next, in the section's lead (its first lines: an event's summary, a section's first paragraph)
 * more than further down. A word counts as held when the heading holds it in any of its forms: the
 * word itself, another ending (the stems), a word of the same meaning (synonyms.ts) or another
 * name of the entity it names ("csto" / "ОДКБ"). A subsection whose own heading holds a word its
 * parent's does not also holds, as its heading, the words of its parent's heading: "could armenia
 * rejoin" lands on "Returning" under "Armenia: leave, stay frozen or return?". A heading asked the
 * way the reader asks ("Is …", "Why …", "Почему …") gains a little, as does a heading the query
 * covers more of. Pure: the caller says how words match and which records hold which words.
 */

import { questionKind } from './question';

/** One record of the index as a candidate answer. */
export interface Candidate<K> {
  key: K;
  /** Words of its heading (the page's title, for a page's introduction). */
  heading: readonly string[];
  /** Words that name it besides its heading: an entity's names, the words of a section's id. */
  names: readonly string[];
  /** The kind of its page (Event, Person…). */
  kind: string;
  /** Words of the page's title, for a section. */
  title: readonly string[];
  /** Words of the heading of the section it is a subsection of, if any. */
  parent?: readonly string[];
  /** The question word its heading opens with ("is", "why", "почему"), if any. */
  asks: string | undefined;
  /** Which of the query's words (by index) its text holds, as Pagefind found them. */
  body: ReadonlySet<number>;
  /** Which of them its lead holds (its first lines: see LEAD_WORDS in answer-section.ts). */
  lead?: ReadonlySet<number>;
  /**
   * It is the own entry of one of several things the query names (a person, state or term): its
   * heading is that one name, which says nothing of where the things meet, so the words its
   * heading, names and lead hold count as its text's, and it ranks below a passage that holds as
   * much (ENTRY).
   */
  entry?: boolean;
}

export interface Scored<K> {
  key: K;
  score: number;
  /** How many of the query's words its heading holds. */
  inHeading: number;
  /** How many of the query's words it holds anywhere. */
  held: number;
}

/** Where a word is held, and what it is worth there. */
const IN_HEADING = 3;
/** Held by another name (an alias may be a phrase that names something else; an id is terse). */
const IN_NAME = 2.5;
const IN_TITLE = 1.5;
const IN_LEAD = 1.5;
const IN_TEXT = 1;
/**
 * Each word held anywhere adds this much again: the passage that holds all the things a query
 * names beats the heading of one of them ("mullojanov nato islamic radicalism": Analysis' threat
 * perceptions, not the glossary's NATO).
 */
const HELD = 1.5;
/** What the entry of one of several things named loses against a passage that holds as much. */
const ENTRY = 0.5;
/**
 * A heading that asks the way the reader asks; an entry of the kind the question asks for ("when":
 * an event, "who": a person); a heading the question covers wholly gains up to COVERAGE.
 */
const SAME_QUESTION = 1;
const WANTED_KIND = 1.5;
const COVERAGE = 0.5;
/** A year, as a query names it. */
const YEAR = /^(?:19|20)\d\d$/u;
/** The kind of page that answers a question word's kind. */
const WANTS: Record<string, string> = { when: 'Event', who: 'Person' };

/**
 * Scores each candidate for a query whose content words are `terms` (each with the forms that
 * count as it: `forms[i]`), asked with `asks` (the query's question word, if any). `same` says
 * whether a word of a heading is one of a term's forms.
 */
export function scoreAnswers<K>(
  forms: readonly (readonly string[])[],
  asks: string | undefined,
  candidates: readonly Candidate<K>[],
  same: (headingWord: string, form: string) => boolean,
  weights: readonly number[] = forms.map(() => 1)
): Scored<K>[] {
  const asked = questionKind(asks);
  // A query that names one year and asks no reason wants what happened then: an event, as "when".
  const years = forms.filter((list) => list.some((form) => YEAR.test(form))).length;
  const kind = years === 1 && asked !== 'why' && asked !== 'how' ? 'when' : asked;
  const holds = (words: readonly string[], i: number) =>
    forms[i]!.some((form) => words.some((word) => same(word, form)));
  return candidates.map((candidate) => {
    let score = 0;
    let inHeading = 0;
    let held = 0;
    // The parent's heading counts as the subsection's own when the subsection's heading holds a
    // word of the query that the parent's does not: it is the narrower answer.
    const parent = candidate.parent ?? [];
    const narrower = forms.some((_, i) => holds(candidate.heading, i) && !holds(parent, i));
    const heading = narrower ? [...candidate.heading, ...parent] : candidate.heading;
    forms.forEach((_, i) => {
      const weight = weights[i] ?? 1;
      if (
        holds(heading, i) ||
        holds(candidate.names, i) ||
        holds(candidate.title, i) ||
        candidate.body.has(i)
      ) {
        held++;
        score += HELD * weight;
      }
      if (candidate.entry && (holds(heading, i) || holds(candidate.names, i)))
        score += IN_TEXT * weight;
      else if (holds(heading, i)) {
        score += IN_HEADING * weight;
        inHeading++;
      } else if (holds(candidate.names, i)) {
        score += IN_NAME * weight;
        inHeading++;
      } else if (holds(candidate.title, i)) score += IN_TITLE * weight;
      else if (candidate.lead?.has(i) && !candidate.entry) score += IN_LEAD * weight;
      else if (candidate.body.has(i)) score += IN_TEXT * weight;
    });
    if (candidate.entry) score -= ENTRY;
    if (asked !== undefined && questionKind(candidate.asks) === asked) score += SAME_QUESTION;
    if (kind !== undefined && WANTS[kind] === candidate.kind) score += WANTED_KIND;
    const covered = candidate.heading.filter((word) =>
      forms.some((list) => list.some((form) => same(word, form)))
    ).length;
    if (candidate.heading.length > 0 && !candidate.entry)
      score += (COVERAGE * covered) / candidate.heading.length;
    return { key: candidate.key, score, inHeading, held };
  });
}

/** A word held by more than this share of the records counts less, down to COMMON_WEIGHT. */
const COMMON_SHARE = 0.1;
const COMMON_WEIGHT = 0.5;

/**
 * How much each of a query's words counts, by how many records hold it (`held[i]` of `total`): a
 * word that most sections hold ("csto", "russia") says less about where the reader wants to go
 * than a name a handful hold. A word held by a tenth of the records or fewer counts fully; more
 * common ones less, down to half for a word every record holds. Rare words gain nothing: a
 * word no heading holds ("held", "twice") would otherwise outweigh the words that matter.
 */
export function rarityWeights(held: readonly number[], total: number): number[] {
  const full = Math.log(1 / COMMON_SHARE);
  return held.map((n) => {
    const rarity = Math.log((total + 1) / (Math.min(n, total) + 1)) / full;
    return Math.min(1, Math.max(COMMON_WEIGHT, rarity));
  });
}

/** The best-scored candidate, the earlier on a tie (the caller's order: Pagefind's). */
export function best<K>(scored: readonly Scored<K>[]): Scored<K> | undefined {
  let top: Scored<K> | undefined;
  for (const s of scored) if (!top || s.score > top.score) top = s;
  return top;
}
