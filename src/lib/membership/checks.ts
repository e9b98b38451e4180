/**
 * Membership periods that cannot be true, which the schema alone lets through: a period that ends
 * before it begins, periods of one state that overlap or are out of order, a period whose event is
 * dated differently from the period, and a status that the last period contradicts. Dates are
 * partial (2022, 2022-09, 2022-09-30) and compared at the precision both have.
 */
import type { PeriodDates, Status } from '../../schemas/state';
import { statusAt } from './periods';

export type Period = PeriodDates;

export interface StateMembership {
  status: Status;
  membership: readonly Period[];
}

/** <0, 0 or >0 comparing two partial dates at the precision both have ("2024" equals "2024-02"). */
export function compareAtCommonPrecision(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const x = a.slice(0, length);
  const y = b.slice(0, length);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The end of a period: its date, or the latest it can have ended by. */
const endOf = (p: Period) => p.to ?? p.endedBy;
const span = (p: Period) => `${p.from}–${endOf(p) ?? ''}`;

/**
 * The problems of one state's membership, each naming the file and the period; [] when sound.
 * `asOf` is the date of the newest sources (the membership matrix's last column): the periods
 * must give the declared status then. Without it, the status is checked against the last period.
 */
export function findMembershipProblems(
  file: string,
  state: StateMembership,
  eventDates: ReadonlyMap<string, string>,
  asOf?: string
): string[] {
  const problems: string[] = [];
  const periods = state.membership;
  periods.forEach((period, i) => {
    const where = `${file}: membership[${i}] (${span(period)})`;
    const end = endOf(period);
    if (end !== undefined && compareAtCommonPrecision(end, period.from) < 0) {
      problems.push(
        `${where} ends (${period.to !== undefined ? 'to' : 'endedBy'}: ${end}) before it begins (from: ${period.from})`
      );
    }
    if (period.endEvent !== undefined && period.to === undefined) {
      problems.push(`${where} has an endEvent ("${period.endEvent}") but no "to" date`);
    }
    const started = period.event === undefined ? undefined : eventDates.get(period.event);
    if (started !== undefined && compareAtCommonPrecision(started, period.from) !== 0) {
      problems.push(
        `${where} begins ${period.from}, but its event "${period.event}" is dated ${started}`
      );
    }
    const ended = period.endEvent === undefined ? undefined : eventDates.get(period.endEvent);
    if (
      ended !== undefined &&
      period.to !== undefined &&
      compareAtCommonPrecision(ended, period.to) !== 0
    ) {
      problems.push(
        `${where} ends ${period.to}, but its endEvent "${period.endEvent}" is dated ${ended}`
      );
    }
    const next = periods[i + 1];
    if (next === undefined) return;
    if (compareAtCommonPrecision(next.from, period.from) < 0) {
      problems.push(
        `${where} and membership[${i + 1}] (${span(next)}) are out of order: list periods oldest first`
      );
    } else if (end === undefined || compareAtCommonPrecision(next.from, end) < 0) {
      problems.push(
        `${where} and membership[${i + 1}] (${span(next)}) overlap: a state has one standing at a time`
      );
    }
  });
  const last = periods.at(-1);
  if (last) {
    const current =
      asOf === undefined
        ? endOf(last) === undefined
          ? last.status
          : 'former'
        : statusAt(periods, asOf);
    if (current === 'unknown') {
      problems.push(
        `${file}: the last membership period (${span(last)}) has only an endedBy date, later than the newest sources (${asOf}), so no standing follows for the status "${state.status}": give it a "to" date, or none while it lasts`
      );
    } else if (current !== state.status) {
      problems.push(
        `${file}: status is "${state.status}", but the last membership period (${span(last)}) says "${current}"${current === 'former' && endOf(last) !== undefined ? ' (it has ended)' : ''}`
      );
    }
  }
  return problems;
}
