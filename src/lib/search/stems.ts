/**
 * The crude stems that join a word's other endings, for search: a query word and a name's word
 * are the same word when their stems are (understand.ts), and a name that is only another ending
 * of a name already listed is left out of the search lexicon (lexicon.ts). Pure.
 */

/**
 * Russian endings, longest first (folded: й is и, ё is е): of nouns' and adjectives' cases and
 * numbers, and of verbs in the past and the present, which questions and event titles put in
 * different tenses ("отменила" / "отменяет").
 */
const RUSSIAN_ENDINGS = (
  'иями ями ами иях ией иям ием ого его ому ему ыми ими ' +
  'яет ает ует ила ило или ала ало али ела ели ' +
  'ая яя ое ее ые ие ыи ии ои еи ом ем ам ям ах ях ов ев ую юю ия ию ым им ил ал ут ют ят ит ет ' +
  'а я ы и у ю е о ь'
).split(' ');

/**
 * A crude Russian stem, enough to match a name's cases and a verb's tenses: "армении", "армению"
 * and "армения" → "армен"; "казахстаном" → "казахстан"; "учении" (учений) and "учения" → "учен";
 * "отменила" and "отменяет" → "отмен".
 */
export function russianStem(word: string): string {
  for (const ending of RUSSIAN_ENDINGS)
    if (word.endsWith(ending) && word.length - ending.length >= 3)
      return word.slice(0, -ending.length);
  return word;
}

/** A crude English stem, enough to match plurals and verb forms: "exercises" → "exercis", "cancelled" → "cancel". */
export function englishStem(word: string): string {
  const bare = word.replace(/(?:ies|es|s|ed|ing|e)$/u, '');
  return bare.length >= 3 ? bare.replace(/([^aeiou])\1$/u, '$1') : word;
}

/** A word's stem in its script, or the word itself when the stem is too short to say much. */
export function stemOf(word: string): string {
  const stem = /\p{Script=Cyrillic}/u.test(word) ? russianStem(word) : englishStem(word);
  return stem.length >= MIN_STEM ? stem : word;
}

/** Stems shorter than this join too many words. */
export const MIN_STEM = 4;
