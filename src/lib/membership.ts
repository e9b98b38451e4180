/**
 * Membership periods as readers want them: "Member 1992–1999", "Frozen since February 2024".
 */
import { formatPartialDate } from './dates';

interface Period { from: string; to?: string | undefined; status: 'member' | 'frozen' }

export function membershipSpans(periods: readonly Period[]): string[] {
  return periods.map((p) => {
    const label = p.status === 'member' ? 'Member' : 'Frozen';
    return p.to ? `${label} ${formatPartialDate(p.from)} – ${formatPartialDate(p.to)}` : `${label} since ${formatPartialDate(p.from)}`;
  });
}

/**
 * The state's status at a given date (YYYY, YYYY-MM or YYYY-MM-DD), compared by string prefix
 * order: a period counts from its start and until its end; "former" when a state had been a member
 * before but is not now, "none" when it never was.
 */
export function statusAt(periods: readonly Period[], date: string): 'member' | 'frozen' | 'former' | 'none' {
  let wasMember = false;
  for (const p of periods) {
    if (p.from > date) continue;
    wasMember = true;
    if (p.to === undefined || p.to > date) return p.status;
  }
  return wasMember ? 'former' : 'none';
}
