import { z } from 'astro/zod';
import { aliases, id, partialDate, sources } from './fields';

export const statuses = ['member', 'frozen', 'former'] as const;

/** One period of a state's relationship with the bloc. */
const membershipPeriod = z
  .object({
    /** When the period began: YYYY, YYYY-MM or YYYY-MM-DD. */
    from: partialDate,
    /** When it ended; omitted while it lasts (or when only `endedBy` is known). */
    to: partialDate.optional(),
    /**
     * When no source dates the end but one says it had ended by then: the latest date the period
     * can have lasted to. Between `from` and this date the state's standing is shown as unknown.
     */
    endedBy: partialDate.optional(),
    /** Full member, or membership frozen. */
    status: z.enum(['member', 'frozen']),
    /** The timeline event that began it (content/events/events.yaml). */
    event: id.optional(),
    /** The timeline event that ended it. */
    endEvent: id.optional(),
    /** A short remark, e.g. on how the sources differ. */
    note: z.string().optional(),
    /** Source ids supporting the period. */
    sources,
  })
  .refine((p) => !(p.to && p.endedBy), {
    error:
      'a period has either `to` (its end date) or `endedBy` (the latest it can have ended), not both',
  });

/** A member or former member state: content/states/<id>.mdx, served at /states/<id>/. */
export const stateSchema = z.object({
  /** Common English name, used in our prose. */
  name: z.string().min(1),
  /** Other names, spellings and metonyms (the capital, "the Kremlin") that search should find. */
  aliases,
  /** The capital, only if a source names it. */
  capital: z.string().optional(),
  /** Standing in the bloc as of the newest source. */
  status: z.enum(statuses),
  /** One sentence qualifying the status (e.g. "frozen since February 2024, not withdrawn"). */
  statusNote: z.string().min(1),
  /** Sources for the status and its note. */
  statusSources: sources,
  /** Membership periods, oldest first. */
  membership: z.array(membershipPeriod).min(1),
  /** Person ids of the leaders the sources name. */
  leaders: z.array(id).default([]),
  /** One or two sentences for cards and the status table. */
  summary: z.string().min(1),
});
/** One membership period, as written in a state's frontmatter. */
export type MembershipPeriod = z.infer<typeof membershipPeriod>;

/** A period as the membership logic reads it (src/lib/membership/periods*.ts, matrix.ts): its dates, standing and events. */
export type PeriodDates = Omit<MembershipPeriod, 'note' | 'sources'>;

export type Status = (typeof statuses)[number];
