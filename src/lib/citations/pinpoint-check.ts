/**
 * Checks every pinpoint citation against the paragraph guides of the sources: the paragraphs it
 * names must exist, and each must be described in the guide (a gist), so that every citation
 * link lands on an entry that says what the paragraph says. Pure: plain data in, problems out,
 * each naming the file, the place and the citation.
 */
import { paragraphsOf, parsePinpoint } from './pinpoints';

/** One citation as written in a content file. */
export interface Citation {
  file: string;
  /** Where in the file: "<Cite>", `event "x"`, "statusSources"… */
  where: string;
  /** The reference as written: "forbes:4". */
  raw: string;
}

/** What the build knows of one source's paragraph guide. */
export interface Guide {
  /** How many paragraphs the guide numbers. */
  count: number;
  /** The paragraphs that have a gist. */
  described: Set<number>;
}

/** Every citation names its paragraphs: a bare "forbes" is a problem like any other. */
export function checkPinpoints(citations: Citation[], guides: Map<string, Guide>): string[] {
  const problems: string[] = [];
  for (const citation of citations) {
    const at = `${citation.file}: ${citation.where} cites "${citation.raw}"`;
    const parsed = parsePinpoint(citation.raw);
    if (typeof parsed === 'string') {
      problems.push(`${at}: ${parsed}`);
      continue;
    }
    const guide = guides.get(parsed.source);
    if (!guide) continue; // an unknown source is reported by the reference check
    if (guide.count === 0) {
      problems.push(`${at}: content/sources/${parsed.source}.mdx has no paragraph guide to cite`);
      continue;
    }
    for (const n of paragraphsOf(parsed)) {
      if (n > guide.count)
        problems.push(
          `${at}: paragraph ${n} is beyond the last paragraph of ${parsed.source} (${guide.count})`
        );
      else if (!guide.described.has(n))
        problems.push(
          `${at}: paragraph ${n} of ${parsed.source} is missing from its paragraph guide (add a gist for n: ${n} in content/sources/${parsed.source}.mdx)`
        );
    }
  }
  return [...new Set(problems)];
}
