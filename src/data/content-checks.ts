/**
 * Content that builds but would break or mislead at reading time: markup the security policy
 * blocks (mdx-policy.ts) and membership periods that cannot be true (membership/checks.ts),
 * including a status that the membership matrix's last column (the newest sources) contradicts,
 * and states the status map has no shape for (map.ts).
 * Called by site-data.ts with everything loaded; returns one message per problem, naming the file,
 * in one list per kind of problem.
 */
import type { MdxEntry, SiteData } from './site-data';
import { entryFile } from './entry-file';
import type { MdxOutline } from '../lib/content/mdx-outline';
import { findMembershipProblems } from '../lib/membership/checks';
import { MILESTONES } from '../lib/membership/matrix';
import { MAP_STATES } from '../lib/membership/map';

export function findContentProblems(data: Omit<SiteData, 'byId'>): {
  membership: string[];
  markup: string[];
  unmapped: string[];
} {
  const eventDates = new Map(data.events.map((event) => [event.id, event.data.date]));
  const membership = data.states.flatMap((state) =>
    findMembershipProblems(
      entryFile('states', state),
      state.data,
      eventDates,
      MILESTONES.at(-1)!.date
    )
  );
  const markup = findMarkupProblems(data, data.outline);
  const unmapped = data.states
    .filter((state) => !(state.id in MAP_STATES))
    .map(
      (state) =>
        `${entryFile('states', state)}: the status map has no shape for state "${state.id}": add it to MAP_STATES in src/lib/membership/map.ts`
    );
  return { membership, markup, unmapped };
}

/**
 * Markup in the MDX bodies that readers' browsers would block or break (src/lib/content/mdx-policy.ts),
 * each named with its file and line: run on the English entries with the other content checks,
 * and on the Russian edition's bodies (src/data/site-data.ts), which are text of their own. Read
 * from each entry's outline, which the page-outline plugin took from the compiler's syntax tree:
 * no body is parsed a second time, and the lines are the file's.
 */
export function findMarkupProblems(
  data: Pick<SiteData, 'pages' | 'states' | 'sources'>,
  outline: (entry: MdxEntry) => MdxOutline
): string[] {
  return (['pages', 'states', 'sources'] as const).flatMap((folder) =>
    data[folder].flatMap((entry) => {
      const path = entryFile(folder, entry);
      return outline(entry).blocked.map(({ line, message }) => `${path}:${line}: ${message}`);
    })
  );
}
