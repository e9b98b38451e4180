import { z } from 'astro/zod';
import { aliases, id, sources } from './fields';

/** A glossary term: an item of content/glossary/glossary.yaml, at /glossary/#<id>. */
export const termSchema = z.object({
  /** Stable id and anchor. */
  id,
  /** The term as shown. */
  term: z.string().min(1),
  /** Abbreviations and other names search should find. */
  aliases,
  /** What it means, as the sources use it, in our words. */
  definition: z.string().min(1),
  /** Source ids. */
  sources,
});
