/**
 * Whether the Russian edition is complete: every page, profile, source page, event, person, term
 * and name of content/ has its Russian twin in content/ru/. The one switch the lead flips when
 * the last translation lands (README, "The Russian edition").
 *
 * - true: any difference between the editions (a missing twin, section, citation, paragraph
 *   entry or quotation; see src/lib/translation/parity.ts) fails the build, naming the file and
 *   the id.
 * - false (while translations are landing): the same differences are printed as warnings, and a
 *   Russian page is built only where its twin exists; an event, person or term not yet
 *   translated shows its English text, and links to an untranslated page lead to the English one.
 */
export const RUSSIAN_EDITION_COMPLETE = true;
