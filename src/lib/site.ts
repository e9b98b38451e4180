/** Site-wide names, in one place (labels of content values: labels.ts). */
export const SITE = {
  name: 'The CSTO in Question',
  tagline:
    'How the Russian-led Collective Security Treaty Organization is weakening — a cited explainer',
  language: 'en',
} as const;
