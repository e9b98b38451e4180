/**
 * What the search index holds: one record per section of each built page, not one per page.
 *
 * A page marked for search (data-pagefind-body) is cut at each of its linkable headings (h2–h4
 * with an id, outside anything data-pagefind-ignore): its introduction is one record, each section
 * another. Each record is a small HTML page of the section's own markup — headings keep their
 * weight, data-pagefind-weight and data-pagefind-ignore still apply — carrying the page's filters
 * and title, which Pagefind indexes under the section's address (page#id).
 *
 * Why sections: a reader's query lands on the passage that answers it (a query naming several
 * things finds the section where they meet, where a whole page would win on one of them alone),
 * and what a result costs to show is that section, about half a kilobyte, instead of the whole
 * page Pagefind keeps for an excerpt (up to 11 KB): see README, "Search".
 *
 * Node only (build time): scripts/search-index.ts runs it over dist/.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { escapeAttribute } from '../lib/site/text';

/** Headings that start a record of their own. */
const SECTION_HEADINGS = new Set(['h2', 'h3', 'h4']);

export interface SearchRecord {
  /** Where the record lands: the page's URL path, with #id for a section. */
  url: string;
  /** The section's id; '' for the page's introduction. */
  section: string;
  /** The section's heading as plain text; '' for the introduction. */
  heading: string;
  /** The heading's level (2 for h2…); 1 for the introduction. */
  depth: number;
  /** An HTML page for Pagefind: the page's filters and title, then the section's markup. */
  html: string;
}

export interface SearchPage {
  /** The page's URL path below the base path ("/states/armenia/"). */
  url: string;
  /** The page's title (its data-pagefind-meta="title" element). */
  title: string;
  /** The page's Pagefind filters: { kind: ['Profile'], country: ['Armenia'] }. */
  filters: Record<string, string[]>;
  records: SearchRecord[];
}

type Node = Root | RootContent;

function isElement(node: Node): node is Element {
  return node.type === 'element';
}

function prop(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function findElement(node: Node, test: (el: Element) => boolean): Element | undefined {
  if (isElement(node) && test(node)) return node;
  if ('children' in node) {
    for (const child of node.children) {
      const found = findElement(child, test);
      if (found) return found;
    }
  }
  return undefined;
}

/** Every node under `root` in document order, with the index of the last node of its subtree. */
function numberNodes(root: Element): Map<Node, { start: number; end: number }> {
  const spans = new Map<Node, { start: number; end: number }>();
  let next = 0;
  const visit = (node: Node) => {
    const start = next++;
    if ('children' in node) for (const child of node.children) visit(child);
    spans.set(node, { start, end: next - 1 });
  };
  visit(root);
  return spans;
}

const ignored = (el: Element) => prop(el, 'dataPagefindIgnore') !== undefined;

/** The section headings of the body, in document order, outside ignored parts. */
function sectionHeadings(body: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    if (!isElement(node)) return;
    if (ignored(node)) return;
    if (SECTION_HEADINGS.has(node.tagName) && prop(node, 'id')) {
      found.push(node);
      return;
    }
    for (const child of node.children) visit(child);
  };
  for (const child of body.children) visit(child);
  return found;
}

/** A copy of `node` keeping only what lies in [from, to) of document order (and its ancestors). */
function slice(
  node: ElementContent,
  spans: Map<Node, { start: number; end: number }>,
  from: number,
  to: number
): ElementContent | undefined {
  const span = spans.get(node)!;
  if (span.end < from || span.start >= to) return undefined;
  if (node.type !== 'element') return span.start >= from ? node : undefined;
  // Filters are given to every record at its top, once.
  if (prop(node, 'dataPagefindFilter') !== undefined) return undefined;
  const children = node.children
    .map((child) => slice(child, spans, from, to))
    .filter((child): child is ElementContent => child !== undefined);
  return { ...node, children };
}

/** Text that Pagefind would index: without ignored parts. */
function indexedText(nodes: ElementContent[]): string {
  const strip = (node: ElementContent): ElementContent | undefined =>
    isElement(node)
      ? ignored(node)
        ? undefined
        : {
            ...node,
            children: node.children.map(strip).filter((c): c is ElementContent => !!c),
          }
      : node;
  return nodes
    .map(strip)
    .filter((n): n is ElementContent => !!n)
    .map((n) => toString(n))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The heading's text as a reader sees it (its controls are ignored by search). */
function headingText(heading: Element): string {
  return indexedText([heading]);
}

/**
 * A built page's search records, or undefined for a page that is not searched (no
 * data-pagefind-body). `url` is the page's URL path below the base path.
 */
export function searchRecordsOf(html: string, url: string): SearchPage | undefined {
  const tree = fromHtml(html);
  const body = findElement(tree, (el) => prop(el, 'dataPagefindBody') !== undefined);
  if (!body) return undefined;
  const lang = prop(findElement(tree, (el) => el.tagName === 'html') ?? body, 'lang') ?? 'en';
  const titleElement = findElement(body, (el) => prop(el, 'dataPagefindMeta') === 'title');
  const title = titleElement ? headingText(titleElement) : '';

  const filters: Record<string, string[]> = {};
  const filterSpans: string[] = [];
  const collectFilters = (node: Node) => {
    if (!isElement(node)) return;
    const filter = prop(node, 'dataPagefindFilter');
    if (filter !== undefined) {
      const at = filter.indexOf(':');
      if (at > 0) {
        const key = filter.slice(0, at);
        (filters[key] ??= []).push(filter.slice(at + 1));
        filterSpans.push(`<span hidden data-pagefind-filter="${escapeAttribute(filter)}"></span>`);
      }
    }
    node.children.forEach(collectFilters);
  };
  collectFilters(body);

  const spans = numberNodes(body);
  const headings = sectionHeadings(body);
  const cuts = [spans.get(body)!.start + 1, ...headings.map((h) => spans.get(h)!.start)];
  const stop = spans.get(body)!.end + 1;
  const records: SearchRecord[] = [];
  cuts.forEach((from, i) => {
    const to = cuts[i + 1] ?? stop;
    const content = body.children
      .map((child) => slice(child, spans, from, to))
      .filter((child): child is ElementContent => child !== undefined);
    const heading = i === 0 ? undefined : headings[i - 1]!;
    const text = indexedText(content);
    // An introduction with nothing but the title still finds the page by its name.
    if (!text && heading) return;
    const section = heading ? String(prop(heading, 'id')) : '';
    const meta = heading
      ? `<span hidden data-pagefind-meta="title:${escapeAttribute(title)}"></span>`
      : '';
    records.push({
      url: section ? `${url}#${section}` : url,
      section,
      heading: heading ? headingText(heading) : '',
      depth: heading ? Number(heading.tagName.slice(1)) : 1,
      html:
        `<!doctype html><html lang="${escapeAttribute(lang)}"><head><meta charset="utf-8"><title>${escapeAttribute(title)}</title></head>` +
        `<body><div data-pagefind-body>${filterSpans.join('')}${meta}${toHtml(content)}</div></body></html>`,
    });
  });
  return { url, title, filters, records };
}
