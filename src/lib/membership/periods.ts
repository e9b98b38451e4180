/**
 * Membership periods as readers want them: "Full member 1992 – 1999", "Frozen since February 2024"
 * (a frozen membership is still a membership, so the active kind is called full).
 */
import type { PeriodDates } from '../../schemas/state';
import { formatPartialDate } from '../content/dates';
import { ui as english } from '../../i18n/en';
import type { Lang } from '../../i18n/langs';

type Period = Pick<PeriodDates, 'from' | 'to' | 'endedBy' | 'status'>;

/** What the sources allow us to say of a state at a date; "unknown" inside a period whose end no source dates. */
export type StatusAt = 'member' | 'frozen' | 'former' | 'none' | 'unknown';

export function membershipSpans(
  periods: readonly Period[],
  lang: Lang = 'en',
  words: typeof english.states = english.states
): string[] {
  const date = (value: string) => formatPartialDate(value, lang);
  const since = (value: string) => formatPartialDate(value, lang, 'genitive');
  return periods.map((p) => {
    const label = p.status === 'member' ? words.spanFullMember : words.spanFrozen;
    if (p.endedBy) return words.spanEndedBy(since(p.from), since(p.endedBy));
    return p.to
      ? words.spanRange(label, date(p.from), date(p.to))
      : words.spanSince(label, since(p.from));
  });
}

/**
 * The state's status at a given date (YYYY, YYYY-MM or YYYY-MM-DD), compared by string prefix
 * order: a period counts from its start and until its end; "former" when a state had been a member
 * before but is not now, "none" when it never was, "unknown" inside a period whose end no source
 * dates (from its start until its `endedBy`).
 */
export function statusAt(periods: readonly Period[], date: string): StatusAt {
  let wasMember = false;
  for (const p of periods) {
    if (p.from > date) continue;
    wasMember = true;
    if (p.endedBy !== undefined) {
      if (p.endedBy > date) return 'unknown';
      continue;
    }
    if (p.to === undefined || p.to > date) return p.status;
  }
  return wasMember ? 'former' : 'none';
}
