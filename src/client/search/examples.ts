/**
 * What the empty search dialog offers to try: one of each thing search understands — a state, a
 * person in another spelling, an event by its name, a term, and a name in the other script
 * (Russian on the English site, Latin on the Russian). Each must land on its entry first
 * (tests/browser/search.test.ts checks them). The lists live in the dictionaries (src/i18n/).
 */
import { SEARCH_TEXT } from './render';

export const EXAMPLE_QUERIES: readonly string[] = SEARCH_TEXT.examples;
