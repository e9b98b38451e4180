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

export interface PinpointReport {
  problems: string[];
  /** Citations that name a source but no paragraph (allowed only while requireParagraphs is off). */
  bare: Citation[];
}

/**
 * Whether a citation must name its paragraphs. On: every citation on the site is pinpointed, and
 * a bare "forbes" fails the build. (Off only while content is being converted: bare ids are then
 * counted in a build warning instead.)
 */
export const REQUIRE_PARAGRAPHS = true;

export function checkPinpoints(
  citations: Citation[],
  guides: Map<string, Guide>,
  requireParagraphs = REQUIRE_PARAGRAPHS
): PinpointReport {
  const problems: string[] = [];
  const bare: Citation[] = [];
  for (const citation of citations) {
    const at = `${citation.file}: ${citation.where} cites "${citation.raw}"`;
    const parsed = parsePinpoint(citation.raw);
    if (typeof parsed === 'string') {
      if (/names no paragraph/.test(parsed) && !requireParagraphs) bare.push(citation);
      else problems.push(`${at}: ${parsed}`);
      continue;
    }
    const guide = guides.get(parsed.source);
    if (!guide) continue; // an unknown source is reported by the reference check
    if (guide.count === 0) {
      if (requireParagraphs)
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
  return { problems: [...new Set(problems)], bare };
}
