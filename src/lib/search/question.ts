/**
 * Whether a query reads as a question, and what kind of answer its question word wants. Small, and
 * loaded with search itself (engine.ts decides by it whether to look for the section that answers:
 * answer.ts). Pure.
 */

/** Question words, folded, by the kind of answer they want (a yes or no, a reason, a time…). */
const QUESTION_KINDS: Record<string, string> = {};
for (const [kind, list] of Object.entries({
  yes: 'is are was were did does do has have had will would could can should ли',
  why: 'why почему зачем отчего',
  how: 'how как насколько',
  what: 'what which что какои какая какие чем',
  when: 'when когда',
  who: 'who whom кто',
  where: 'where где куда',
  many: 'many much сколько',
})) {
  for (const word of list.split(' ')) QUESTION_KINDS[word] = kind;
}

/** The kind of answer a question word wants, or undefined for a word that asks nothing. */
export function questionKind(word: string | undefined): string | undefined {
  return word === undefined ? undefined : QUESTION_KINDS[word];
}

/**
 * The question word a query or heading asks with (its words folded): its first word, or the
 * Russian "ли" after the first ("поддержал ли Лукашенко войну").
 */
export function askedWith(words: readonly string[]): string | undefined {
  if (questionKind(words[0]) !== undefined) return words[0];
  return words[1] === 'ли' ? 'ли' : undefined;
}

/** True when a query reads as a question: it asks with a question word or ends with "?". */
export function readsAsQuestion(query: string, words: readonly string[]): boolean {
  return /\?\s*$/u.test(query) || askedWith(words) !== undefined;
}
