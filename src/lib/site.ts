/** Site-wide names and labels, in one place. */
export const SITE = {
  name: 'The CSTO in Question',
  tagline: 'How the Russian-led Collective Security Treaty Organization is weakening — a cited explainer',
  language: 'en',
} as const;

/** Human labels for the status of a state in the bloc. */
export const STATUS_LABELS = {
  member: 'Member',
  frozen: 'Membership frozen',
  former: 'Former member',
} as const;

/** Human labels for the kinds of explainer page (content/pages), e.g. for search filters and preview cards. */
export const PAGE_KIND_LABELS = {
  overview: 'Overview',
  background: 'Background',
  analysis: 'Analysis',
} as const;

/** Human labels for event kinds. */
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
} as const;
