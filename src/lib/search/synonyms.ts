/**
 * Words a reader's question may use for the words a section's heading uses: the forms a crude
 * stem cannot reach ("left" for "leave", "вышла" for "выйти") and the plain words readers put for
 * the site's ("quit" for "leave", "back" for "support", "unrest" for "protests"). Used only to
 * find the section that answers a question (answer.ts), never to widen what Pagefind is asked.
 *
 * Groups of words of the same meaning, lower case (folded when read: й is и, ё is е), in
 * English and in Russian: the CSTO's own words (membership, leaving, returning, help, force,
 * unrest, founding, comparison) and the question's verbs, not the words of any one query. A group
 * holds words and a few phrases ("on_hold", "не_поехал": joinPhrases finds them in a query); a
 * word's other endings are left to the stems (understand.ts). Pure.
 */
const GROUPS: readonly string[] = [
  // What the organisation is called in running text.
  'csto bloc alliance organisation organization одкб блок альянс организация',
  // Membership: whether a state stays or leaves is one question, asked either way.
  'leave left leaves leaving quit quits exit exits withdraw withdrew withdrawal depart departure ' +
    'walk_out walked_out walks_out pull_out pulled_out ' +
    'stay stays stayed staying remain remains remained',
  // Whether a state belongs: its profile's "Status" section answers it.
  'member members membership status part_of belong belongs belonged',
  'rejoin rejoined rejoins return returns returned returning reintegrate reactivate unfreeze ' +
    'come_back comes_back came_back',
  'freeze froze frozen freezes freezing suspend suspended suspends suspension pause paused ' +
    'on_hold',
  'выйти выйдет вышла вышел вышли выход выходил выходит уйти ушла ушёл покинуть покинула ' +
    'покидал покидала остаться остается осталась остаются',
  'членство участие член члены статус состоит состоять состояла входит входить',
  'вернуться вернется вернулась возвращение возвращается вернуть',
  'заморозить заморозила замораживает заморозка заморожено приостановить приостановила ' +
    'приостановил приостановка пауза',
  // Help, support, force.
  'help helped aid assist assistance protect protection defend defence defense',
  'support supported supports back backed backing endorse',
  'помощь помочь помогла защита защитить поддержка поддержать поддержала',
  'send sent deploy deployed troops forces soldiers peacekeepers intervention intervene',
  'ввод войска войск миротворцы вмешательство',
  'ask asked request requested appeal appealed',
  'просить просила просил обратиться обращалась обратилась просьба',
  'war invasion invade invaded fighting clashes conflict fight fought battle skirmish',
  'война войну войны вторжение конфликт столкновения бои',
  // What happens to the bloc's plans and meetings: called off, refused, skipped.
  'cancel cancels cancelled canceled cancellation scrap scraps scrapped call_off calls_off ' +
    'called_off',
  'отменить отменила отменил отменяет отмена отказаться отказалась отказался',
  'exercise exercises drill drills manoeuvres maneuvers war_games wargames',
  'учения учении маневры',
  'refuse refuses refused refusal decline declines declined reject rejects rejected snub ' +
    'snubbed rule_out rules_out ruled_out',
  'отказ отказывается отказалась отказался отказать отказывают отклонил отклонила исключает',
  'skip skips skipped miss misses missed boycott boycotted stay_away stays_away stayed_away',
  'пропускает пропустил пропустила не_поехал не_приехал не_приезжает',
  'summit meeting meetings meet meets gathering',
  'саммит встреча встречи встречаются',
  'award awarded awards decorate decorates decorated medal honour honor',
  'награда наградил наградила награждает орден медаль',
  // Force used: an attack, an explosion; soldiers called up.
  'attack attacked attacks explosion blast blown_up blew_up blow_up bombing strike struck',
  'атака атакован атаковали нападение нападения взрыв взорван взорвали подрыв удар удары',
  'mobilise mobilises mobilised mobilisation mobilize mobilizes mobilized mobilization ' +
    'call_up calls_up called_up reservists draft',
  'мобилизация мобилизацию объявляет_мобилизацию резервисты',
  // Unrest, and what caused it.
  'protests protest unrest riots uprising coup',
  'протесты беспорядки волнения переворот',
  'cause caused causes start started began begin why reason reasons trigger sparked',
  'причина причины вызвало начались начало',
  // Founding, comparison, weakness, survival, and what leaving would cost.
  'found founded founding created establish established origin origins set_up',
  'основана основание создана создание создали',
  'different difference differ compare comparison comparisons versus',
  'отличается отличие сравнение',
  'weak weaker weakening weakness decline crisis',
  'слабая слабеет ослабление кризис',
  'survive survives survival last collapse',
  'существовать распалась распад выживает развалилась развал',
  'cost costs risk risks consequence consequences',
  'цена риск рискует последствия',
];

/** Each word's group, built once (folded, as the query's words are: "выйти" is "выити"). */
const BY_WORD = new Map<string, readonly string[]>();
for (const group of GROUPS) {
  const words = group.normalize('NFD').replace(/\p{M}/gu, '').split(' ');
  for (const word of words) BY_WORD.set(word, [...(BY_WORD.get(word) ?? []), ...words]);
}

/** The phrases of the groups ("on_hold"), as their words, longest first. */
const PHRASES = [...BY_WORD.keys()]
  .filter((word) => word.includes('_'))
  .map((phrase) => phrase.split('_'))
  .sort((a, b) => b.length - a.length);

/**
 * A query's words with the phrases of the groups joined into one ("puts it on hold" → "puts",
 * "it", "on_hold"), so that a phrase counts as the word it means.
 */
export function joinPhrases(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const phrase = PHRASES.find((p) => p.every((word, j) => words[i + j] === word));
    out.push(phrase ? phrase.join('_') : words[i]!);
    i += phrase ? phrase.length : 1;
  }
  return out;
}

/** The words of the same meaning as `word` (itself included), or just `word`. */
export function synonyms(word: string): readonly string[] {
  const group = BY_WORD.get(word);
  return group ? [...new Set([word, ...group])] : [word];
}
