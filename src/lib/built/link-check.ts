/**
 * Link integrity of the built site, as a pure function over its HTML pages: every internal link
 * and #fragment must point at a page and an element that exist, and no page may repeat an id.
 * Pages are read by an HTML parser (built-html.ts), so ids and hrefs are what a browser sees.
 */
import { startTags } from './built-html';

export interface BuiltPage {
  /** URL path of the page, e.g. "/csto/states/armenia/". */
  url: string;
  html: string;
}

/** A page's ids (repeats included) and the targets of its links (`<a href>`), as a browser reads them. */
export function idsAndLinks(html: string): { ids: string[]; hrefs: string[] } {
  const ids: string[] = [];
  const hrefs: string[] = [];
  for (const tag of startTags(html)) {
    const id = tag.attributes.get('id');
    if (id !== undefined) ids.push(id);
    const href = tag.attributes.get('href');
    if (tag.name === 'a' && href !== undefined) hrefs.push(href);
  }
  return { ids, hrefs };
}

/**
 * Problems, each naming the page and the link or id. `base` is the path the site lives under;
 * links outside it (other sites on the host) and non-HTML assets are not checked here.
 */
export function findLinkProblems(pages: BuiltPage[], base: string): string[] {
  const read = new Map(pages.map((page) => [page.url, idsAndLinks(page.html)]));
  const idsByPage = new Map([...read].map(([url, { ids }]) => [url, new Set(ids)]));
  const problems: string[] = [];
  for (const [url, { ids, hrefs }] of read) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${url}: the id "${id}" is used more than once`);
      seen.add(id);
    }
    for (const href of hrefs) {
      const target = resolve(href, url);
      if (!target || !target.path.startsWith(base)) continue;
      if (/\.[a-z0-9]+$/i.test(target.path) && !target.path.endsWith('.html')) continue;
      const targetIds = idsByPage.get(target.path);
      if (!targetIds) {
        problems.push(
          `${url}: link "${href}" points at ${target.path}, which is not a page of the site`
        );
      } else if (target.fragment && !targetIds.has(target.fragment)) {
        problems.push(
          `${url}: link "${href}" points at #${target.fragment}, which does not exist on ${target.path}`
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
