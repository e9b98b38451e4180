/**
 * Link integrity of the built site, as a pure function over its HTML pages: every internal link
 * and #fragment must point at a page and an element that exist, and no page may repeat an id.
 */
export interface BuiltPage {
  /** URL path of the page, e.g. "/csto/states/armenia/". */
  url: string;
  html: string;
}

const ID = /\sid="([^"]+)"/g;
const HREF = /<a\s[^>]*?href="([^"]*)"/g;

/** Decodes the few entities Astro writes into attribute values. */
function decode(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

export function idsOf(html: string): string[] {
  return [...html.matchAll(ID)].map((m) => decode(m[1] ?? ''));
}

/**
 * Problems, each naming the page and the link or id. `base` is the path the site lives under;
 * links outside it (other sites on the host) and non-HTML assets are not checked here.
 */
export function findLinkProblems(pages: BuiltPage[], base: string): string[] {
  const idsByPage = new Map(pages.map((page) => [page.url, new Set(idsOf(page.html))]));
  const problems: string[] = [];
  for (const page of pages) {
    const seen = new Set<string>();
    for (const id of idsOf(page.html)) {
      if (seen.has(id)) problems.push(`${page.url}: the id "${id}" is used more than once`);
      seen.add(id);
    }
    for (const match of page.html.matchAll(HREF)) {
      const href = decode(match[1] ?? '');
      const target = resolve(href, page.url);
      if (!target || !target.path.startsWith(base)) continue;
      if (/\.[a-z0-9]+$/i.test(target.path) && !target.path.endsWith('.html')) continue;
      const targetIds = idsByPage.get(target.path);
      if (!targetIds) {
        problems.push(
          `${page.url}: link "${href}" points at ${target.path}, which is not a page of the site`
        );
      } else if (target.fragment && !targetIds.has(target.fragment)) {
        problems.push(
          `${page.url}: link "${href}" points at #${target.fragment}, which does not exist on ${target.path}`
        );
      }
    }
  }
  return [...new Set(problems)];
}

function resolve(href: string, from: string): { path: string; fragment: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  const url = new URL(href, `http://site.invalid${from}`);
  const fragment = decodeURIComponent(url.hash.slice(1));
  return { path: decodeURIComponent(url.pathname), fragment };
}
