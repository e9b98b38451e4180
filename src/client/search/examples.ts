/**
 * What the empty search dialog offers to try: one of each thing search understands — a state, a
 * person in another spelling, an event by its name, a term, and a name in Russian. Each must land
 * on its entry first (tests/browser/search.test.ts checks them).
 */
export const EXAMPLE_QUERIES: readonly string[] = [
  'Armenia',
  'Toqaev',
  'Kazakhstan intervention',
  'Article 4',
  'Киргизия',
];
