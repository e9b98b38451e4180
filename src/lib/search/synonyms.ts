/**
 * Words a reader's question may use for the words a section's heading uses: the forms a crude
 * stem cannot reach ("left" for "leave", "вышла" for "выйти") and the plain words readers put for
 * the site's ("quit" for "leave", "back" for "support", "unrest" for "protests"). Used only to
 * find the section that answers a question (answer.ts), never to widen what Pagefind is asked.
 *
 * Groups of words of the same meaning, lower case (folded when read: й is и, ё is е), in
 * English and in Russian: the CSTO's own words (membership, leaving, returning, help, force,
 * unrest, founding, comparison) and the question's verbs, not the words of any one query. A group
 * holds words, not phrases; a word's other endings are left to the stems (understand.ts). Pure.
 */
const GROUPS: readonly string[] = [
  // What the organisation is called in running text.
  'csto bloc alliance organisation organization одкб блок альянс организация',
  // Membership: whether a state stays or leaves is one question, asked either way.
  'leave left leaves leaving quit quits exit exits withdraw withdrew withdrawal depart departure ' +
    'stay stays stayed staying remain remains remained',
  'member members membership',
  'rejoin rejoined return returns returned returning reintegrate reactivate unfreeze',
  'freeze froze frozen suspend suspended suspension pause paused',
  'выйти выидет вышла вышел вышли выход выходил выходит уити ушла покинуть покинула ' +
    'остаться остается осталась остаются',
  'членство участие член члены',
  'вернуться вернется вернулась возвращение вернуть',
  'заморозить заморозила замораживает заморозка заморожено приостановить приостановила',
  // Help, support, force.
  'help helped aid assist assistance protect protection defend defence defense',
  'support supported supports back backed backing endorse',
  'помощь помочь помогла защита защитить поддержка поддержать поддержала',
  'send sent deploy deployed troops forces soldiers peacekeepers intervention intervene',
  'ввод войска войск миротворцы вмешательство',
  'ask asked request requested appeal appealed',
  'просить просила просил обратиться обращалась обратилась просьба',
  'war invasion invade invaded fighting clashes conflict',
  'война войну войны вторжение конфликт столкновения',
  // Unrest, and what caused it.
  'protests protest unrest riots uprising coup',
  'протесты беспорядки волнения переворот',
  'cause caused causes start started began begin why reason reasons trigger',
  'причина причины вызвало начались начало',
  // Founding, comparison, weakness, survival.
  'found founded founding created establish established origin origins',
  'основана основание создана создание',
  'different difference differ compare comparison comparisons versus',
  'отличается отличие сравнение',
  'weak weaker weakening weakness decline crisis',
  'слабая слабеет ослабление кризис',
  'survive survives survival last collapse',
  'существовать распалась распад выживает',
];

/** Each word's group, built once (folded, as the query's words are: "выйти" is "выити"). */
const BY_WORD = new Map<string, readonly string[]>();
for (const group of GROUPS) {
  const words = group.normalize('NFD').replace(/\p{M}/gu, '').split(' ');
  for (const word of words) BY_WORD.set(word, [...(BY_WORD.get(word) ?? []), ...words]);
}

/** The words of the same meaning as `word` (itself included), or just `word`. */
export function synonyms(word: string): readonly string[] {
  const group = BY_WORD.get(word);
  return group ? [...new Set([word, ...group])] : [word];
}
