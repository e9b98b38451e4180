import { z } from 'astro/zod';
import { id, partialDate, sources } from './fields';

export const eventKinds = [
  'founding',
  'membership',
  'conflict',
  'intervention',
  'exercise',
  'diplomacy',
  'statement',
  'arms',
  'report',
  'war',
] as const;

/** A dated event on the timeline: an item of content/events/events.yaml, served at /timeline/<id>/. */
export const eventSchema = z.object({
  /** Stable id: the anchor /timeline/#<id> and the page /timeline/<id>/. Never rename. */
  id,
  /** YYYY, YYYY-MM or YYYY-MM-DD; the form is the precision. */
  date: partialDate,
  /** How the date is known (e.g. inferred from "last month"). */
  dateNote: z.string().optional(),
  /** Short title in our words. */
  title: z.string().min(1),
  /** What kind of event, for filters. */
  kind: z.enum(eventKinds),
  /** State ids involved. */
  countries: z.array(id).default([]),
  /** Person ids involved. */
  people: z.array(id).default([]),
  /** One paragraph in our words. */
  summary: z.string().min(1),
  /** Source ids. */
  sources,
});
