/** Groups events by year for the timeline page. Events must already be sorted by date. */
import { yearOf } from '../content/dates';

export function groupByYear<T extends { data: { date: string } }>(
  events: readonly T[]
): { year: number; events: T[] }[] {
  const groups: { year: number; events: T[] }[] = [];
  for (const event of events) {
    const year = yearOf(event.data.date);
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}
