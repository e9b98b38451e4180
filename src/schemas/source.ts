import { z } from 'astro/zod';
import { partialDate } from './fields';

/** One numbered paragraph of a source article. */
const paragraph = z.object({
  /** Its number: 1, 2, 3… in reading order. */
  n: z.number().int().positive(),
  /** The line of the text file in ../shared/sources/ that holds it. */
  line: z.number().int().positive(),
  /** What it says, in our own words, in one line. Required once anything cites it. */
  gist: z.string().min(1).optional(),
});

/** Lines of the text file that are not numbered paragraphs, and what they are. */
const unnumberedLines = z.object({
  /** "3" or "22-77". */
  lines: z.string().regex(/^[1-9][0-9]*(?:-[1-9][0-9]*)?$/, {
    error: 'lines is a line number or a range, e.g. "3" or "22-77"',
  }),
  /** What they are: "headline", "byline", "the aggregator's page"… */
  what: z.string().min(1),
});

/** One of the five source articles: content/sources/<id>.mdx, served at /sources/<id>/. */
export const sourceSchema = z.object({
  /** The article's file in ../shared/sources/. */
  file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, {
    error: "file is the article's name in shared/sources, e.g. 001_b6dc998caa2a9dad.txt",
  }),
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
  /** Which of author and date the article does not print, so that the site infers them (see the notes). */
  inferred: z.array(z.enum(['author', 'date'])).default([]),
  /** What kind of piece it is. */
  kind: z.enum(['analysis', 'news', 'explainer', 'reprint', 'news-analysis']),
  /**
   * For a reprint (`kind: reprint`): the id of the source it reprints. The two are one account —
   * one author, two printings — and the site cites and lists them as such, never as two witnesses.
   */
  reprintOf: z.string().optional(),
  /**
   * The paragraph guide: every paragraph of the article, numbered as content/README.md
   * ("Paragraph numbers") says, with its line in the text file and what it says in our words.
   * Citations name these numbers; the source page lists them at #p<n> with everything citing them.
   */
  paragraphs: z
    .array(paragraph)
    .default([])
    .superRefine((list, ctx) => {
      list.forEach((p, i) => {
        if (p.n !== i + 1)
          ctx.addIssue({
            code: 'custom',
            path: [i, 'n'],
            message: `paragraph ${i + 1} of the guide is numbered ${p.n}: number them 1, 2, 3… in order`,
          });
        const previous = list[i - 1];
        if (previous && p.line <= previous.line)
          ctx.addIssue({
            code: 'custom',
            path: [i, 'line'],
            message: `paragraph ${p.n} is on line ${p.line}, not after paragraph ${previous.n} (line ${previous.line})`,
          });
      });
    }),
  /** The non-empty lines of the text file that are not paragraphs (headline, byline, credits…). */
  unnumbered: z.array(unnumberedLines).default([]),
});
export type SourceData = z.infer<typeof sourceSchema>;
