/**
 * Published anchors: the `page#id` places readers link to (section headings, table rows and
 * list entries such as the paragraphs of a source's guide, which every citation links to).
 * Once published, an anchor must keep landing: either the id still exists on its page, or an
 * alias (content/anchor-aliases.yaml) gives the old id to the element that replaced it.
 */
export interface AnchorAlias {
  /** The old place, "/states/armenia/#old-id". */
  from: string;
  /** Where it lands now, "/states/armenia/#new-id" (same page). */
  to: string;
}

const LINKABLE = /<(h[1-4]|tr|li)\b[^>]*?\sid="([^"]+)"/g;

/** The linkable ids of a built page: headings, table rows and list entries that carry an id. */
export function linkableIds(html: string): string[] {
  return [...html.matchAll(LINKABLE)]
    .map((m) => m[2] ?? '')
    .filter((id) => id !== 'footnote-label');
}

export function splitAnchor(anchor: string): { page: string; id: string } {
  const hash = anchor.indexOf('#');
  if (hash < 1) throw new Error(`"${anchor}" is not of the form /page/#id`);
  return { page: anchor.slice(0, hash), id: anchor.slice(hash + 1) };
}

/**
 * Compares the committed list with the built site. `built` maps page paths (without base) to
 * their ids. Returns problems: published anchors that no longer land, and new anchors not yet listed.
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

/**
 * Gives each alias's old id to the page: an empty, zero-size element with the old id placed just
 * before the element that now has the new id, so `page#old` scrolls to the same place.
 */
export function applyAliases(
  html: string,
  aliases: readonly { fromId: string; toId: string }[]
): { html: string; unresolved: string[] } {
  const unresolved: string[] = [];
  let result = html;
  for (const { fromId, toId } of aliases) {
    const target = new RegExp(
      `<(?:h[1-6]|tr|section|div|span)\\b[^>]*?\\sid="${toId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`
    );
    const match = target.exec(result);
    if (!match) {
      unresolved.push(toId);
      continue;
    }
    result = `${result.slice(0, match.index)}<span id="${fromId}" class="anchor-alias"></span>${result.slice(match.index)}`;
  }
  return { html: result, unresolved };
}
