/**
 * Citations in MDX are written <Cite s="eurasia-review:12-13 forbes:4" /> (see ./pinpoints.ts).
 * These helpers read them from the raw text, so the build can check every reference and list
 * where each paragraph of each source is cited.
 */
import { splitReferences } from './pinpoints';

const CITE = /<Cite\s+s=["']([^"']*)["']\s*\/>/g;

/** Every reference cited in an MDX body, in order, with repeats: ["forbes:4", "caliber:2"]. */
export function citationsInMdx(body: string): string[] {
  return [...body.matchAll(CITE)].flatMap((match) => splitReferences(match[1] ?? ''));
}

const CITE_TAG = /<Cite\b[^>]*?\/>/g;

/** <Cite /> tags that name no source at all (no `s`, or an empty one), e.g. for the build to reject. */
export function emptyCitesInMdx(body: string): string[] {
  return [...body.matchAll(CITE_TAG)]
    .map((m) => m[0])
    .filter((tag) => citationsInMdx(tag).length === 0);
}

const SITE_NOTE = /<SiteNote>[\s\S]*?<\/SiteNote>/g;

/** The body without its <SiteNote> blocks: sentences about the site itself, which cite nothing. */
export function withoutSiteNotes(body: string): string {
  return body.replace(SITE_NOTE, '');
}
