/**
 * Which section answers a question. A reader who asks "did armenia leave the csto" wants the
 * section headed "Has Armenia left the CSTO?", not the entry of Armenia or of the CSTO, which each
 * hold one word of it. Sections are scored by how many of the question's content words they hold
 * and where: in the heading (the section's own, or the page's title for its introduction) most,
 * in the page's title next, in the text least. A word counts as held when the heading holds it in
 * any of its forms: the word itself, another ending (the stems), a word of the same meaning
 * (synonyms.ts) or another name of the entity it names ("csto" / "ОДКБ"). A heading asked the way
 * the reader asks ("Is …", "Why …", "Почему …") gains a little, as does a heading the question
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
  /** The question word its heading opens with ("is", "why", "почему"), if any. */
  asks: string | undefined;
  /** Which of the query's words (by index) its text holds, as Pagefind found them. */
  body: ReadonlySet<number>;
}

export interface Scored<K> {
  key: K;
  score: number;
  /** How many of the query's words its heading holds. */
  inHeading: number;
}

/** Where a word is held, and what it is worth there. */
const IN_HEADING = 3;
/** Held by another name (an alias may be a phrase that names something else; an id is terse). */
const IN_NAME = 2.5;
const IN_TITLE = 1.5;
const IN_TEXT = 1;
/**
 * A heading that asks the way the reader asks; an entry of the kind the question asks for ("when":
 * an event, "who": a person); a heading the question covers wholly gains up to COVERAGE.
 */
const SAME_QUESTION = 1;
const WANTED_KIND = 1.5;
const COVERAGE = 0.5;
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
  same: (headingWord: string, form: string) => boolean
): Scored<K>[] {
  const kind = questionKind(asks);
  const holds = (words: readonly string[], i: number) =>
    forms[i]!.some((form) => words.some((word) => same(word, form)));
  return candidates.map((candidate) => {
    let score = 0;
    let inHeading = 0;
    forms.forEach((_, i) => {
      if (holds(candidate.heading, i)) {
        score += IN_HEADING;
        inHeading++;
      } else if (holds(candidate.names, i)) {
        score += IN_NAME;
        inHeading++;
      } else if (holds(candidate.title, i)) score += IN_TITLE;
      else if (candidate.body.has(i)) score += IN_TEXT;
    });
    if (kind !== undefined && questionKind(candidate.asks) === kind) score += SAME_QUESTION;
    if (kind !== undefined && WANTS[kind] === candidate.kind) score += WANTED_KIND;
    const covered = candidate.heading.filter((word) =>
      forms.some((list) => list.some((form) => same(word, form)))
    ).length;
    if (candidate.heading.length > 0) score += (COVERAGE * covered) / candidate.heading.length;
    return { key: candidate.key, score, inHeading };
  });
}

/** The best-scored candidate, the earlier on a tie (the caller's order: Pagefind's). */
export function best<K>(scored: readonly Scored<K>[]): Scored<K> | undefined {
  let top: Scored<K> | undefined;
  for (const s of scored) if (!top || s.score > top.score) top = s;
  return top;
}
