/**
 * Every label a reader sees for a value of the content's enums, in one place: a state's status,
 * the kinds of explainer page, event, person and source, and a state's standing in the membership
 * matrix. Each map is keyed by its schema's values, so a new value without a label fails the type
 * check. The search kinds and their labels live beside the search filters, in search-kinds.ts.
 * Pure, and safe to bundle into browser code.
 */
import type { eventKinds } from '../schemas/event';
import type { personKinds } from '../schemas/person';
import type { statuses } from '../schemas/state';
import type { Standing } from './matrix';

type LabelsOf<T extends readonly string[]> = Readonly<Record<T[number], string>>;

/** A state's status in the bloc. */
export const STATUS_LABELS = {
  member: 'Member',
  frozen: 'Membership frozen',
  former: 'Former member',
} as const satisfies LabelsOf<typeof statuses>;

/** The kinds of explainer page (content/pages), e.g. for preview cards. */
export const PAGE_KIND_LABELS = {
  overview: 'Overview',
  background: 'Background',
  analysis: 'Analysis',
} as const;

/** Event kinds. */
export const EVENT_KIND_LABELS = {
  founding: 'Founding',
  membership: 'Membership',
  conflict: 'Armed conflict',
  intervention: 'Intervention',
  exercise: 'Military exercise',
  diplomacy: 'Diplomacy',
  statement: 'Statement',
  arms: 'Arms deals',
  report: 'Report',
  war: 'War in Ukraine',
} as const satisfies LabelsOf<typeof eventKinds>;

/** The part a person plays, on the people page. */
export const PERSON_KIND_LABELS = {
  leader: 'Leader',
  official: 'Official',
  politician: 'Politician',
  analyst: 'Analyst',
  commentator: 'Commentator',
  author: 'Author',
} as const satisfies LabelsOf<typeof personKinds>;

/** The kind of a source article, in its "At a glance" box. */
export const SOURCE_KIND_LABELS = {
  analysis: 'Analysis',
  news: 'News report',
  explainer: 'Blog-style explainer',
  reprint: 'Shortened reprint',
  'news-analysis': 'News analysis',
} as const;

/** A state's standing at a milestone, as the membership matrix and its key show it. */
export const STANDING_LABELS: Readonly<Record<Standing, string>> = {
  member: 'Member',
  frozen: 'Frozen',
  former: 'Left',
  none: 'Not a member',
  unknown: 'Unknown',
};
