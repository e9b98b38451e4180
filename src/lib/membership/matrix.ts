/**
 * The membership matrix: each state's standing at a few milestones, derived from its membership
 * periods (content/states/*.mdx), and the timeline event behind each standing — the event that
 * began the period it is in, or the one that ended its last period.
 */
import { ui as english } from '../../i18n/en';
import type { PeriodDates } from '../../schemas/state';
import { statusAt } from './periods';

/**
 * A state's standing at a moment: the site's statuses, plus "none" for a state never yet a member
 * and "unknown" where no source dates its joining or leaving closely enough to say.
 */
export type Standing = 'member' | 'frozen' | 'former' | 'none' | 'unknown';

/** One membership period, as in src/schemas/state.ts. */
export type MatrixPeriod = PeriodDates;

export interface MatrixState {
  id: string;
  name: string;
  membership: readonly MatrixPeriod[];
}

/** A column of the matrix: a moment, as YYYY, YYYY-MM or YYYY-MM-DD. */
/** The milestones' ids; their headings are in the dictionaries (src/i18n/, `matrix.milestones`). */
export type MilestoneId = keyof typeof english.matrix.milestones;

export interface Milestone {
  /** A MilestoneId for the site's columns (other ids in tests). */
  id: string;
  date: string;
  /** The date as the column header shows it: "1992", "Feb 2024", "2025–26". */
  when: string;
  /** What happened then, in two or three words. */
  label: string;
}

/**
 * The default columns, each labelled with what a source records then. The last stands for the
 * sources of 2025 (Forbes, Filenews) and the undated Caliber.Az, whose date is only inferred as
 * 2025 or early 2026; any date after February 2024 gives the same standing, since the sources
 * record no later change.
 */
const MILESTONE_DATES: Record<MilestoneId, string> = {
  'm-1992': '1992',
  'm-1999': '1999',
  'm-2002': '2002',
  'm-2005': '2005',
  'm-2012': '2012',
  'm-2022': '2022',
  'm-2024-02': '2024-02',
  'm-latest': '2025',
};
export const MILESTONES: readonly Milestone[] = (Object.keys(MILESTONE_DATES) as MilestoneId[]).map(
  (id) => ({ id, date: MILESTONE_DATES[id], ...english.matrix.milestones[id] })
);

export interface MatrixCell {
  milestone: string;
  standing: Standing;
  /** The timeline event that brought this standing about, when the data names one. */
  event?: string | undefined;
  /** True when the standing differs from the previous column's (a member in the first column joined then). */
  changed: boolean;
}

export interface MatrixRow {
  id: string;
  name: string;
  cells: MatrixCell[];
}

/** The standing at a date and the event behind it. */
export function standingAt(
  periods: readonly MatrixPeriod[],
  date: string
): { standing: Standing; event?: string | undefined } {
  const standing = statusAt(periods, date);
  if (standing === 'member' || standing === 'frozen' || standing === 'unknown') {
    const current = periods.find(
      (p) => p.from <= date && ((p.to ?? p.endedBy) === undefined || (p.to ?? p.endedBy)! > date)
    );
    return { standing, event: current?.event };
  }
  if (standing === 'former') {
    const ended = periods.filter(
      (p) => (p.to ?? p.endedBy) !== undefined && (p.to ?? p.endedBy)! <= date
    );
    return { standing, event: ended[ended.length - 1]?.endEvent };
  }
  return { standing };
}

/** One row per state, one cell per milestone, in the order given. */
export function membershipMatrix(
  states: readonly MatrixState[],
  milestones: readonly Milestone[] = MILESTONES
): MatrixRow[] {
  return states.map((state) => {
    let previous: Standing = 'none';
    const cells = milestones.map((milestone) => {
      const { standing, event } = standingAt(state.membership, milestone.date);
      const cell: MatrixCell = {
        milestone: milestone.id,
        standing,
        event,
        changed: standing !== previous,
      };
      previous = standing;
      return cell;
    });
    return { id: state.id, name: state.name, cells };
  });
}
