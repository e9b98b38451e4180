import { z } from 'astro/zod';
import { partialDate } from './fields';

/** One of the five source articles: content/sources/<id>.mdx, served at /sources/<id>/. */
export const sourceSchema = z.object({
  /** The article's file in ../shared/sources/. */
  file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, { error: 'file is the article\'s name in shared/sources, e.g. 001_b6dc998caa2a9dad.txt' }),
  /** Label used in citations, e.g. "Forbes". */
  short: z.string().min(1),
  /** The outlet, or null when it is not known. */
  outlet: z.string().nullable(),
  /** How the outlet is known or inferred, when it is not printed. */
  outletNote: z.string().optional(),
  /** The author, or null when not printed. */
  author: z.string().nullable(),
  /** How the author is known, or why not. */
  authorNote: z.string().optional(),
  /** The headline as printed, or null. */
  headline: z.string().nullable(),
  /** How the headline is known, or why there is none. */
  headlineNote: z.string().optional(),
  /** Publication date as printed or inferred, or null. */
  date: partialDate.nullable(),
  /** How the date is known or inferred. */
  dateNote: z.string().optional(),
  /** What kind of piece it is. */
  kind: z.enum(['analysis', 'news', 'explainer', 'reprint', 'news-analysis']),
});
export type SourceData = z.infer<typeof sourceSchema>;
