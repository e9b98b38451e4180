import { z } from 'astro/zod';
import { id } from './fields';
import { parseQuoted } from '../lib/translation/quoted-text';

/**
 * The Russian edition's files (content/ru/, see content/README.md): each carries only what is
 * translated, and everything structural — dates, membership periods, statuses, citations,
 * countries, people, kinds, paragraph numbers and lines, aliases — comes from the English entry
 * with the same id (src/data/translations.ts). A field the English file owns fails here, so
 * nobody edits a date or a citation in one edition only. Quotations are written
 * <Q o="the exact English words">перевод</Q>, also inside these strings.
 */

/** Russian text: plain text with straight quotes and " - "; quotations as <Q o="…">…</Q>. */
export const ruText = z
  .string()
  .min(1)
  .superRefine((value, ctx) => {
    const pieces = parseQuoted(value);
    if (typeof pieces === 'string') ctx.addIssue({ code: 'custom', message: pieces });
  });

/** content/ru/pages/<same name>.mdx: the page's title, description and sidebar label. */
export const ruPageSchema = z.strictObject({
  title: ruText,
  description: ruText.pipe(z.string().min(20).max(160)),
  nav: ruText.optional(),
});

/** content/ru/states/<id>.mdx: the profile's translated frontmatter. */
export const ruStateSchema = z.strictObject({
  /** Only when the English file names a capital. */
  capital: ruText.optional(),
  statusNote: ruText,
  summary: ruText,
  /** One note per period of the English `membership`, in order; '' where the English has none. */
  membershipNotes: z.array(z.string()).default([]),
});

/** content/ru/sources/<id>.mdx: the notes the English has, and the whole paragraph guide. */
export const ruSourceSchema = z.strictObject({
  outletNote: ruText.optional(),
  authorNote: ruText.optional(),
  headlineNote: ruText.optional(),
  dateNote: ruText.optional(),
  /** Every paragraph of the English guide, by number: what it says, in Russian. */
  paragraphs: z.array(z.strictObject({ n: z.number().int().positive(), gist: ruText })).default([]),
  /** Every English `unnumbered` entry, by its lines: what those lines are. */
  unnumbered: z
    .array(
      z.strictObject({ lines: z.union([z.string(), z.number()]).transform(String), what: ruText })
    )
    .default([]),
});

/** An item of content/ru/events.yaml. */
export const ruEventSchema = z.strictObject({
  id,
  title: ruText,
  summary: ruText,
  dateNote: ruText.optional(),
});

/** An item of content/ru/people.yaml (the name comes from the names table). */
export const ruPersonSchema = z.strictObject({ id, role: ruText, summary: ruText });

/** An item of content/ru/glossary.yaml (the term's name comes from the names table). */
export const ruTermSchema = z.strictObject({ id, definition: ruText });
