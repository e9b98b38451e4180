import { z } from 'astro/zod';
import { id } from './fields';

/** Kinds of entry that can carry search-only names, as content/search-names.yaml keys them. */
export const searchNameKinds = ['state', 'person', 'term', 'event'] as const;

/**
 * The search-only names of one entry (content/search-names.yaml): other romanisations and names
 * in other scripts. Fed to search only, never shown. The entry id is `<kind>/<target>`.
 */
export const searchNamesSchema = z.object({
  /** What kind of entry the names belong to. */
  kind: z.enum(searchNameKinds),
  /** The id of that entry (a state, person, glossary term or event). */
  target: id,
  /** The names, each as a reader would type it. */
  names: z.array(z.string().trim().min(1)).min(1, { error: 'list at least one name' }),
});
