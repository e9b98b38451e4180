import { z } from 'astro/zod';

/** An explainer page: content/pages/<slug>.mdx, served at /<slug>/ (index.mdx is the home page). */
export const pageSchema = z.object({
  /** The page's h1 and the start of its <title>. */
  title: z.string().min(1),
  /** One sentence for search engines and link previews. */
  description: z.string().min(20).max(160),
  /** Short label in the sidebar; defaults to the title. */
  nav: z.string().optional(),
  /** Position in the sidebar, smallest first. */
  order: z.number().int(),
  /** Search filter "kind" for this page. */
  kind: z.enum(['overview', 'background', 'analysis']),
});
