/**
 * The citations a page shows, gathered for its "Sources cited on this page" list: the same
 * references its markers render, from its MDX body and from the data it draws.
 */
import type { Event, State } from '../data/site-data';

/** A state's status and membership periods, as its "At a glance" box and the status table cite them. */
export function stateCitations(state: State): string[] {
  return [
    ...state.data.statusSources,
    ...state.data.membership.flatMap((period) => period.sources),
  ];
}

/** The sources of a list of events (a timeline, a profile's event list). */
export function eventCitations(events: readonly Event[]): string[] {
  return events.flatMap((event) => event.data.sources);
}

/** Any entries with a `sources` list (people, glossary terms). */
export function entryCitations(
  entries: readonly { data: { sources: readonly string[] } }[]
): string[] {
  return entries.flatMap((entry) => entry.data.sources);
}
