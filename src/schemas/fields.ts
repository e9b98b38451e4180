import { z } from 'astro/zod';
import { parsePartialDate } from '../lib/content/dates';
import { PINPOINT, PINPOINT_HELP } from '../lib/citations/pinpoints';
import { ID, ID_RULE } from '../lib/content/ids';

/** Lower-case ids of letters, digits and hyphens (src/lib/content/ids.ts): they end up in URLs and anchors. */
export const id = z
  .string()
  .regex(ID, { error: `ids are ${ID_RULE}, e.g. "armenia-freezes-membership-2024"` });

/**
 * A date as precise as the sources allow: `2022`, `2022-09` or `2022-09-30`.
 * YAML turns an unquoted `2022-09-30` into a Date; accept that too.
 */
export const partialDate = z.preprocess(
  (value) =>
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'number'
        ? String(value)
        : value,
  z.string().superRefine((value, ctx) => {
    const parsed = parsePartialDate(value);
    if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
  })
);

/**
 * A pinpoint citation: a source id (content/sources/<id>.mdx) and the paragraphs of its guide that
 * support the claim, e.g. "forbes:4" or "eurasia-review:12-13" (see src/lib/citations/pinpoints.ts).
 * A bare id passes the schema so that the pinpoint check (src/lib/citations/pinpoint-check.ts) can name
 * every citation that lacks its paragraphs, with its file and place.
 */
export const reference = z.string().refine((value) => PINPOINT.test(value) || ID.test(value), {
  error: (issue) => `"${String(issue.input)}" is not a citation: ${PINPOINT_HELP}`,
});

/** The pinpoint citations that support a claim. At least one. */
export const sources = z
  .array(reference)
  .min(1, { error: `cite at least one source paragraph: ${PINPOINT_HELP}` });

/** Other names and spellings that search should find. */
export const aliases = z.array(z.string().min(1)).default([]);
