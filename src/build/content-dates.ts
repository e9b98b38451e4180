/**
 * When each page was first published and last changed, for the citation metadata and the
 * structured data: the dates of the first and the latest commit of the content files a page is
 * written from (its route data names them). git is read once per build, by the integration that
 * serves the result as a module (src/integrations/content-dates.ts), never while a page renders.
 * Outside a git checkout (a copied tree, an export) both fall back to the day of the build.
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

/** The content files' dates from git; empty outside a git checkout. Runs git: call once per build. */
export function readContentDates(cwd = process.cwd()): Map<string, FileDates> {
  try {
    return parseGitLog(
      execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', 'content'], {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
    );
  } catch {
    return new Map();
  }
}

/** Today (UTC) as YYYY-MM-DD: the build's date. */
export function buildDay(): string {
  return new Date().toISOString().slice(0, 10);
}
