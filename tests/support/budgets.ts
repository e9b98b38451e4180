/**
 * Byte budgets, in bytes gzipped at level 9 (the figures `npm run bench` prints), checked on every
 * page by tests/browser/every-page.test.ts from what Chromium fetched before any interaction.
 * Deterministic: they depend on the build's bytes only, never on the machine or the server.
 */
export const BUDGETS = {
  /** JavaScript fetched before any interaction, on any page. */
  jsBeforeInteraction: 6 * 1024,
  /** HTML + CSS + JavaScript of the median page. */
  medianPage: 25 * 1024,
  /** HTML + CSS + JavaScript of the heaviest page. */
  heaviestPage: 60 * 1024,
} as const;

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
