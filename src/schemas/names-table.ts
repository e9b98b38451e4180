import { z } from 'astro/zod';
import { id } from './fields';

/** The kinds of thing content/ru/names.yaml names, as it keys them. */
export const nameKinds = ['state', 'person', 'term', 'place', 'source'] as const;

/**
 * One entry of the Russian names table (content/ru/names.yaml): how the Russian-language press
 * writes a state, person, term, place or source. The entry id is `<kind>/<target>`. States, people,
 * glossary terms and sources must be ids the English content has (src/lib/translation/parity.ts);
 * places are vocabulary of the translations and of search.
 */
export const nameEntrySchema = z.strictObject({
  kind: z.enum(nameKinds),
  /** The id of the state, person, glossary term or source (for a place, a key of its own). */
  target: id,
  /** The form used in running text: "Никол Пашинян", "Организация Договора о коллективной безопасности". */
  name: z.string().trim().min(1),
  /** A shorter form: a surname ("Пашинян"), an abbreviation ("ОДКБ"). */
  short: z.string().trim().min(1).optional(),
  /** Other case forms readers type ("Пашиняна", "Армении"), for search only. */
  forms: z.array(z.string().trim().min(1)).default([]),
  /** Other accepted names ("Белоруссия", "Кыргызстан"), shown beside the name and searched. */
  aliases: z.array(z.string().trim().min(1)).default([]),
});
export type NameEntry = z.infer<typeof nameEntrySchema>;
