/**
 * Published anchors: the `page#id` places readers link to (section headings, table rows and
 * list entries such as the paragraphs of a source's guide, which every citation links to).
 * Once published, an anchor must keep landing: either the id still exists on its page, or an
 * alias (content/anchor-aliases.yaml) gives the old id to the element that replaced it. The list
 * only grows (tests/published-anchors.txt, checked against what main has published).
 */
import { idsOf, startTags } from './built-html';
import { escapeAttribute } from '../site/text';

export interface AnchorAlias {
  /** The old place, "/states/armenia/#old-id". */
  from: string;
  /** Where it lands now, "/states/armenia/#new-id" (same page). */
  to: string;
}

/** Elements whose id is a place to link to (a new one must be added to the published list). */
const LINKABLE = new Set(['h1', 'h2', 'h3', 'h4', 'tr', 'li']);
/** Elements an alias may point at. */
const ALIAS_TARGETS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'section', 'div', 'span']);
/** The class of the empty element an alias adds; its id is an old anchor, not a new one. */
export const ALIAS_CLASS = 'anchor-alias';

/** The linkable ids of a built page: headings, table rows and list entries that carry an id. */
export function linkableIds(html: string): string[] {
  return startTags(html)
    .filter((tag) => LINKABLE.has(tag.name))
    .flatMap((tag) => tag.attributes.get('id') ?? [])
    .filter((id) => id !== 'footnote-label');
}

/** Every id of a built page that a link can land on: any element's, aliases' included. */
export function landingIds(html: string): Set<string> {
  return new Set(idsOf(html));
}

export function splitAnchor(anchor: string): { page: string; id: string } {
  const hash = anchor.indexOf('#');
  if (hash < 1) throw new Error(`"${anchor}" is not of the form /page/#id`);
  return { page: anchor.slice(0, hash), id: anchor.slice(hash + 1) };
}

/**
 * Compares the published list with the built site. `built` maps page paths (without base) to the
 * ids a link can land on (`landingIds`). Returns published anchors that no longer land, and
 * linkable anchors of the build that the list lacks.
 */
export function checkPublishedAnchors(
  published: readonly string[],
  built: ReadonlyMap<string, ReadonlySet<string>>,
  linkable: readonly string[]
): { missing: string[]; unlisted: string[] } {
  const missing = published.filter((anchor) => {
    const { page, id } = splitAnchor(anchor);
    return !built.get(page)?.has(id);
  });
  const listed = new Set(published);
  const unlisted = linkable.filter((anchor) => !listed.has(anchor));
  return { missing, unlisted };
}

/** Anchors of `published` that `list` no longer holds: the list may only grow. */
export function droppedAnchors(published: Iterable<string>, list: Iterable<string>): string[] {
  const kept = new Set(list);
  return [...published].filter((anchor) => !kept.has(anchor));
}

/** `previous` with the `built` anchors it lacks added, sorted; nothing is ever removed. */
export function addAnchors(previous: Iterable<string>, built: Iterable<string>): string[] {
  return [...new Set([...previous, ...built])].sort();
}

/**
 * Gives each alias's old id to the page: an empty, zero-size element with the old id placed just
 * before the element that now has the new id, so `page#old` scrolls to the same place. The page's
 * tags are read to find that element; the span is inserted at its offset, the rest left byte for byte.
 */
export function applyAliases(
  html: string,
  aliases: readonly { fromId: string; toId: string }[]
): { html: string; unresolved: string[] } {
  const unresolved: string[] = [];
  const offsets = new Map<string, number>();
  for (const tag of startTags(html, { offsets: true })) {
    const id = tag.attributes.get('id');
    if (id && tag.offset !== undefined && ALIAS_TARGETS.has(tag.name) && !offsets.has(id))
      offsets.set(id, tag.offset);
  }
  const inserts: { at: number; span: string }[] = [];
  for (const { fromId, toId } of aliases) {
    const at = offsets.get(toId);
    if (at === undefined) unresolved.push(toId);
    else
      inserts.push({
        at,
        span: `<span id="${escapeAttribute(fromId)}" class="${ALIAS_CLASS}"></span>`,
      });
  }
  // From the end, so each offset still points where it did in the original.
  let result = html;
  for (const { at, span } of inserts.sort((a, b) => b.at - a.at))
    result = `${result.slice(0, at)}${span}${result.slice(at)}`;
  return { html: result, unresolved };
}
