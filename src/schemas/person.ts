import { z } from 'astro/zod';
import { aliases, id, sources } from './fields';

/** What part a person plays in the story. */
export const personKinds = [
  'leader',
  'official',
  'politician',
  'analyst',
  'commentator',
  'author',
] as const;

/** A person the sources name: an item of content/people/people.yaml, at /people/#<id>. */
export const personSchema = z.object({
  /** Stable id and anchor. */
  id,
  /** The spelling our prose uses. */
  name: z.string().min(1),
  /** Every other spelling the sources use. */
  aliases,
  /** Who they are, as the sources describe them. */
  role: z.string().min(1),
  /** State id, when one applies. */
  country: id.optional(),
  /** What part they play in the story. */
  kind: z.enum(personKinds),
  /** What the sources say of them and what they argue. */
  summary: z.string().min(1),
  /** Source ids. */
  sources,
});
