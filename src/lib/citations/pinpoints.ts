/**
 * Pinpoint citations: a reference names a source and the paragraphs of it that a claim rests on,
 * the way APA cites web articles without page numbers ("para. 12").
 *
 *   forbes:4            paragraph 4 of the Forbes article
 *   eurasia-review:12-13  a run of paragraphs
 *   caliber:3,5-6       several
 *
 * Written in MDX as <Cite s="eurasia-review:12-13 forbes:4" /> and in data files as
 * `sources: [eurasia-review:12-13, forbes:4]`. Pure: strings in, values or messages out.
 */
import { ID, ID_SOURCE } from '../content/ids';

/** One reference, parsed. */
export interface Pinpoint {
  /** The reference as written, e.g. "caliber:3,5-6". */
  raw: string;
  /** The source id, e.g. "caliber". */
  source: string;
  /** Runs of paragraphs, in the order written: [[3, 3], [5, 6]]. */
  runs: [number, number][];
}

const RUN = '[1-9][0-9]*(?:-[1-9][0-9]*)?';
/** The whole form of a reference; used by the schemas too. */
export const PINPOINT = new RegExp(`^(${ID_SOURCE}):(${RUN}(?:,${RUN})*)$`);

/** What to write, for error messages. */
export const PINPOINT_HELP =
  'write a source id and its paragraphs, e.g. "forbes:4", "eurasia-review:12-13" or "caliber:3,5"';

/** Parses one reference; returns a message for anything malformed. */
export function parsePinpoint(raw: string): Pinpoint | string {
  const match = PINPOINT.exec(raw);
  if (!match) {
    if (ID.test(raw)) return `"${raw}" names no paragraph: ${PINPOINT_HELP}`;
    return `"${raw}" is not a citation: ${PINPOINT_HELP}`;
  }
  const runs = (match[2] ?? '').split(',').map((run): [number, number] => {
    const [from, to = from] = run.split('-').map(Number) as [number, number?];
    return [from, to];
  });
  const backwards = runs.find(([from, to]) => to < from);
  if (backwards) return `"${raw}" has a run that goes backwards (${backwards[0]}-${backwards[1]})`;
  return { raw, source: match[1] ?? '', runs };
}

/** Like parsePinpoint, for references already validated by the schemas. */
export function mustParsePinpoint(raw: string): Pinpoint {
  const parsed = parsePinpoint(raw);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

/** The source id of a reference, without parsing its paragraphs. */
export function sourceOf(raw: string): string {
  return raw.split(':')[0] ?? raw;
}

/** Every paragraph a reference names, ascending, without repeats. */
export function paragraphsOf(pinpoint: Pinpoint): number[] {
  const all = new Set<number>();
  for (const [from, to] of pinpoint.runs) for (let n = from; n <= to; n++) all.add(n);
  return [...all].sort((a, b) => a - b);
}

/** "¶4", "¶¶12–13", "¶¶3, 5–6": the paragraphs for a reader. */
export function paragraphLabel(pinpoint: Pinpoint): string {
  const many = pinpoint.runs.length > 1 || pinpoint.runs.some(([from, to]) => to > from);
  return (many ? '¶¶' : '¶') + pinpoint.runs.map(runLabel).join(', ');
}

/** "4" or "12–13". */
export function runLabel([from, to]: [number, number]): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** The anchor of a paragraph's entry in its source page's guide: "p12". */
export function paragraphAnchor(n: number): string {
  return `p${n}`;
}

/** Splits a <Cite s="…"> value into references. */
export function splitReferences(value: string): string[] {
  return value.split(/\s+/).filter(Boolean);
}

/** Paragraph numbers as compact runs: [3, 4, 5, 9] → [[3, 5], [9, 9]]. */
export function toRuns(paragraphs: readonly number[]): [number, number][] {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/**
 * References to the same source merged into one, in the order the sources first appear:
 * ["forbes:4", "caliber:2", "forbes:5-6"] → ["forbes:4-6", "caliber:2"]. A bare id stays bare
 * only when no reference to its source names paragraphs.
 */
export function mergeReferences(raws: readonly string[]): string[] {
  const bySource = new Map<string, number[]>();
  for (const raw of raws) {
    const source = sourceOf(raw);
    const list = bySource.get(source) ?? [];
    const parsed = parsePinpoint(raw);
    if (typeof parsed !== 'string') list.push(...paragraphsOf(parsed));
    bySource.set(source, list);
  }
  return [...bySource].map(([source, paragraphs]) =>
    paragraphs.length === 0
      ? source
      : `${source}:${toRuns(paragraphs)
          .map(([a, b]) => (a === b ? a : `${a}-${b}`))
          .join(',')}`
  );
}
