/**
 * When each page was first published and last changed, for the citation metadata and the
 * structured data: the dates of the first and the latest commit of the content files a page is
 * written from (src/lib/page-identity.ts names them). Outside a git checkout (a copied tree, an
 * export) both fall back to the day of the build. Build time only.
 */
import { execFileSync } from 'node:child_process';

export interface FileDates {
  /** YYYY-MM-DD */
  published: string;
  /** YYYY-MM-DD */
  modified: string;
}

/**
 * Reads `git log --format=%x00%cs --name-only` (newest commit first) into each file's first and
 * latest commit date.
 */
export function parseGitLog(log: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...files] = commit.split('\n').map((line) => line.trim());
    for (const file of files.filter(Boolean)) {
      const known = dates.get(file);
      dates.set(file, { published: date, modified: known?.modified ?? date });
    }
  }
  return dates;
}

/**
 * The dates of a page written from `paths` (files, or folders standing for every file in them):
 * the earliest first commit and the latest change among them.
 */
export function datesOf(
  paths: readonly string[],
  known: Map<string, FileDates>,
  fallback: string
): FileDates {
  const matching = [...known]
    .filter(([file]) => paths.some((path) => file === path || file.startsWith(`${path}/`)))
    .map(([, d]) => d);
  if (matching.length === 0) return { published: fallback, modified: fallback };
  return {
    published: matching.map((d) => d.published).sort()[0]!,
    modified: matching
      .map((d) => d.modified)
      .sort()
      .at(-1)!,
  };
}

let cached: Map<string, FileDates> | undefined;

/** The content files' dates from git, read once per build; empty outside a git checkout. */
export function contentDates(): Map<string, FileDates> {
  if (!cached) {
    try {
      cached = parseGitLog(
        execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', 'content'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        })
      );
    } catch {
      cached = new Map();
    }
  }
  return cached;
}

/** Today (UTC) as YYYY-MM-DD: the build's date. */
export function buildDay(): string {
  return new Date().toISOString().slice(0, 10);
}
