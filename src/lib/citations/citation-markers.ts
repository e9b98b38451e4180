/**
 * A page's citations, worked out once from the markers it renders in reading order: each marker's
 * number, what it cites grouped by account, and its name in words for screen readers; and the
 * page's list of sources, with every paragraph it cites. The marker, its note, the popover, the
 * sources list, the JSON-LD and the citation metadata all read this, so they cannot disagree.
 *
 * An account is one article however often it was printed: Filenews reprints the Forbes article, so
 * a marker citing both reads "Forbes, paragraph 5, reprinted by Filenews, paragraph 2" — one
 * account, never two witnesses — and the sources list gives the reprint under the original.
 * Pure: plain data in, plain data out.
 */
import { mergeReferences, mustParsePinpoint, paragraphsOf, sourceOf } from './pinpoints';
import { ui as english } from '../../i18n/en';

/** How markers are worded in an edition (the dictionary's `citations`). */
export type CitationWords = Pick<
  typeof english.citations,
  'source' | 'paragraph' | 'run' | 'and' | 'reprintedBy' | 'alsoReprintedBy' | 'aReprintOf' | 'note'
>;

/**
 * The keys of the markers a template draws (a <Cite> in MDX is "mdx:<n>", set as it compiles).
 * The route data lists them in reading order; each <Cite at={…}> names one.
 */
export const MARKER_KEY = {
  /** A profile's lead (its summary). */
  lead: 'lead',
  /** A profile's status, in "At a glance". */
  status: 'status',
  /** A profile's membership period i, in "At a glance". */
  period: (i: number) => `period:${i}`,
  /** An event: on the timeline, its own page or a profile's list of events. */
  event: (id: string) => `event:${id}`,
  person: (id: string) => `person:${id}`,
  term: (id: string) => `term:${id}`,
  /** A state's card on the states list. */
  state: (id: string) => `state:${id}`,
  /** The states list's note on membership over time. */
  membership: 'membership',
  /** A state's row of the status table. */
  statusTable: (id: string) => `status-table:${id}`,
} as const;

/** What the page's citations need to know of a source. */
export interface CitedSource {
  id: string;
  /** Its label: "Forbes". */
  short: string;
  /** The source this one reprints ("forbes" for Filenews), if it is a reprint. */
  reprintOf?: string | undefined;
}

/** One marker as the page renders it, in reading order. */
export interface MarkerUse {
  /** Which marker: "mdx:3" (the fourth <Cite> of the page's MDX) or a template's ("lead", "event:…"). */
  key: string;
  /** Its references as written. */
  refs: readonly string[];
}

/** A piece of a marker's wording: plain text, or paragraph numbers that link to their guide entry. */
export type Segment = { text: string } | { text: string; source: string; paragraph: number };

/** What one marker cites of one account (an article and its reprints). */
export interface MarkerGroup {
  /** The account's id: the original article's. */
  account: string;
  /** Its references, one per printing, original first: ["forbes:5", "filenews:2"]. */
  refs: string[];
  /** In words, paragraph numbers marked: "Forbes, paragraph 5, reprinted by Filenews, paragraph 2". */
  segments: Segment[];
}

export interface Marker {
  key: string;
  /** Its number on the page: 1, 2, 3… in reading order. */
  n: number;
  /** Every reference, one per source, accounts together: "forbes:5 filenews:2 caliber:1". */
  refs: string[];
  groups: MarkerGroup[];
  /** Its accessible name: "Sources: Forbes, paragraph 4; Eurasia Review, paragraphs 12 to 13. Note 3". */
  name: string;
}

/** One printing in the page's sources list, with the paragraphs the page cites. */
export interface ListedPrinting {
  id: string;
  paragraphs: number[];
}

/** One account in the page's sources list: the printings cited, the original first. */
export interface ListedAccount {
  account: string;
  printings: ListedPrinting[];
}

export interface PageCitations {
  markers: Marker[];
  /** The sources list, accounts in the order of the site's sources. */
  accounts: ListedAccount[];
  /** Every source cited, in the order of the sources list. */
  sourceIds: string[];
}

/** "4", "12 to 13" ("с 12 по 13"). */
const spokenRun = (
  [from, to]: [number, number],
  words: CitationWords = english.citations
): string => words.run(from, to);

/** One printing's part: "Forbes, paragraphs 3 and 5 to 6", the numbers marked as links. */
function printingSegments(raw: string, label: string, words: CitationWords): Segment[] {
  const pinpoint = mustParsePinpoint(raw);
  const many = pinpoint.runs.length > 1 || pinpoint.runs.some(([from, to]) => to > from);
  const segments: Segment[] = [{ text: `${label}, ${words.paragraph(many)} ` }];
  pinpoint.runs.forEach((run, i) => {
    if (i > 0) segments.push({ text: i === pinpoint.runs.length - 1 ? words.and : ', ' });
    segments.push({ text: spokenRun(run, words), source: pinpoint.source, paragraph: run[0] });
  });
  return segments;
}

/** Joins adjacent text segments, so the wording reads as one string where nothing links. */
function joined(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const last = out.at(-1);
    if (last && !('source' in last) && !('source' in segment)) last.text += segment.text;
    else out.push({ ...segment });
  }
  return out;
}

export const textOf = (segments: readonly Segment[]): string =>
  segments.map((s) => s.text).join('');

/** The account a source belongs to: the original it reprints, or itself. */
function accountOf(id: string, sources: ReadonlyMap<string, CitedSource>): string {
  return sources.get(id)?.reprintOf ?? id;
}

/** A marker's references grouped by account, accounts in the order first cited. */
function groupsOf(
  refs: readonly string[],
  sources: ReadonlyMap<string, CitedSource>,
  words: CitationWords
): MarkerGroup[] {
  const byAccount = new Map<string, string[]>();
  for (const raw of mergeReferences(refs)) {
    const account = accountOf(sourceOf(raw), sources);
    byAccount.set(account, [...(byAccount.get(account) ?? []), raw]);
  }
  return [...byAccount].map(([account, raws]) => {
    const original = raws.find((raw) => sourceOf(raw) === account);
    const reprints = raws.filter((raw) => sourceOf(raw) !== account);
    const short = (raw: string) => sources.get(sourceOf(raw))?.short ?? sourceOf(raw);
    const segments: Segment[] = original ? printingSegments(original, short(original), words) : [];
    reprints.forEach((raw, i) => {
      if (original)
        segments.push({ text: `${i === 0 ? words.reprintedBy : words.alsoReprintedBy} ` });
      const label = original
        ? short(raw)
        : words.aReprintOf(short(raw), sources.get(account)?.short ?? account);
      segments.push(...printingSegments(raw, label, words));
    });
    return {
      account,
      refs: original ? [original, ...reprints] : reprints,
      segments: joined(segments),
    };
  });
}

/**
 * Numbers a page's markers and lists its sources. `uses` are the markers in reading order;
 * `sources` every source of the site, in the order the sources list keeps.
 */
export function pageCitations(
  uses: readonly MarkerUse[],
  sources: readonly CitedSource[],
  words: CitationWords = english.citations
): PageCitations {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const keys = new Set<string>();
  const markers = uses.map((use, i): Marker => {
    if (keys.has(use.key))
      throw new Error(`two citation markers on one page are both "${use.key}"`);
    keys.add(use.key);
    const n = i + 1;
    const groups = groupsOf(use.refs, byId, words);
    const spoken = groups.map((g) => textOf(g.segments)).join('; ');
    return {
      key: use.key,
      n,
      refs: groups.flatMap((g) => g.refs),
      groups,
      // The visible number ends the name, outside parentheses, so that the name contains the label.
      name: `${words.source(groups.length > 1)}: ${spoken}. ${words.note(n)}`,
    };
  });

  const cited = new Map<string, Set<number>>();
  for (const raw of markers.flatMap((m) => m.refs)) {
    const set = cited.get(sourceOf(raw)) ?? new Set<number>();
    for (const n of paragraphsOf(mustParsePinpoint(raw))) set.add(n);
    cited.set(sourceOf(raw), set);
  }
  const accounts: ListedAccount[] = [];
  for (const source of sources) {
    if (!cited.has(source.id)) continue;
    const account = accountOf(source.id, byId);
    let listed = accounts.find((a) => a.account === account);
    if (!listed) accounts.push((listed = { account, printings: [] }));
    const printing = {
      id: source.id,
      paragraphs: [...cited.get(source.id)!].sort((a, b) => a - b),
    };
    if (source.id === account) listed.printings.unshift(printing);
    else listed.printings.push(printing);
  }
  return { markers, accounts, sourceIds: accounts.flatMap((a) => a.printings.map((p) => p.id)) };
}
