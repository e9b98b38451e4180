/**
 * An MDX body read from its syntax tree (mdast, after remark-heading-ids): its sections, and every
 * <Cite> and data-drawn component in document order. src/markdown/remark-page-outline.ts runs this
 * over each content entry as it compiles and hands the result to the data layer, which builds each
 * page's citations, its "On this page" list, where each source paragraph is cited, and the rule
 * that every section with facts cites something — all from this one reading.
 *
 * It also places each marker: a <Cite> sits straight after the punctuation it follows or precedes,
 * with no space before it ("in 2002 <Cite/>." and "in 2002. <Cite/>" both become "in 2002.<Cite/>"),
 * and carries `at`, its place among the body's markers, by which the page's route data knows it.
 * Pure: a tree in, the tree placed and a plain outline out.
 */
import type { Heading, Parent, Root, RootContent, Text } from 'mdast';
// mdast's MDX node types (mdxJsxFlowElement, mdxJsxTextElement…), as remark-mdx declares them.
import type {} from 'remark-mdx';
import { englishQuotations } from '../translation/quoted-text';
import { blockedMarkup, type BlockedMarkup } from './mdx-policy';

/** One section: the text before the first heading (id "") or an h2–h4 and what follows it. */
export interface OutlineSection {
  id: string;
  /** The heading's plain text ("" for the text before the first heading). */
  title: string;
  depth: number;
  /** Whether it has text of its own that needs a citation (not only headings, components or a SiteNote). */
  hasProse: boolean;
}

/** A <Cite> as written, in document order. */
export interface OutlineCite {
  kind: 'cite';
  /** Its place among the body's <Cite>s: "mdx:0", "mdx:1"… */
  at: string;
  /** The references of its `s`, as written: ["forbes:4", "caliber:2"]; empty when it names none. */
  refs: string[];
  /** The section it stands in. */
  section: string;
  /** The tag as written, for messages: '<Cite s="" />'. */
  tag: string;
  line?: number | undefined;
}

/** A component that draws content from data (e.g. <StatusTable />), in document order. */
export interface OutlineComponent {
  kind: 'component';
  name: string;
  section: string;
}

export type OutlineItem = OutlineCite | OutlineComponent;

/**
 * A quotation of a source, in document order: in English a passage in curly quotes (“…”), in the
 * Russian edition the `o` of a <Q o="…">. The translation parity check compares them section by
 * section (src/lib/translation/parity.ts).
 */
export interface OutlineQuotation {
  /** The quoted words as the English text prints them. */
  original: string;
  section: string;
  line?: number | undefined;
}

export interface MdxOutline {
  sections: OutlineSection[];
  items: OutlineItem[];
  quotations: OutlineQuotation[];
  /** Markup the pages' security policy would block (mdx-policy.ts), with its line in the file. */
  blocked: BlockedMarkup[];
  /**
   * The words a reader reads: every text and inline code, a space between each, components'
   * text included; attributes, expressions, link targets and imports left out (the search's
   * vocabulary, src/lib/search/lexicon.ts).
   */
  prose: string;
}

/** Components that hold sentences about the site itself, which cite nothing. */
const SITE_NOTE = 'SiteNote';
const CITE = 'Cite';
/** A quotation in the Russian edition: <Q o="the English words">перевод</Q>. */
const QUOTE = 'Q';
/**
 * Inline (phrasing) node types of an MDX tree: a quotation is found in the run of them a block
 * holds (it never spans two blocks); Russian typography sets such a run as one text.
 */
export const PHRASING = new Set([
  'text',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'break',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'footnoteReference',
]);

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement extends Parent {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
}

const isJsx = (node: RootContent | Root): node is JsxElement & RootContent =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isCite = (node: RootContent | undefined): node is JsxElement & RootContent =>
  node !== undefined && isJsx(node) && node.name === CITE;
/** A component written with a capital letter is ours (drawn from data); lower-case is HTML. */
const isComponent = (name: string | null) => name !== null && /^[A-Z]/.test(name);

/** The plain text of a node: its text, inline code and the text of its children. */
export function plainText(node: RootContent | Root): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(plainText).join('') : '';
}

const HAS_WORDS = /[\p{L}\p{N}]/u;

/** Reads the outline and numbers the markers (`at`). Call placeMarkers first. */
export function readOutline(tree: Root, source = ''): MdxOutline {
  const sections: OutlineSection[] = [{ id: '', title: '', depth: 0, hasProse: false }];
  const items: OutlineItem[] = [];
  const quotations: OutlineQuotation[] = [];
  let cites = 0;
  const current = () => sections.at(-1)!;
  /** The quotations in the inline content a node holds directly (a paragraph, an <li>, a cell). */
  const quotedIn = (node: RootContent | Root) => {
    if (!('children' in node)) return;
    const inline = (node.children as RootContent[]).filter((c) => PHRASING.has(c.type));
    if (inline.length === 0) return;
    // A <Q>'s text is a translation, never an English quotation.
    const text = inline
      .map((c) => (isJsx(c) && (c as JsxElement).name === QUOTE ? '' : plainText(c)))
      .join('');
    for (const original of englishQuotations(text))
      quotations.push({ original, section: current().id, line: node.position?.start.line });
  };

  const visit = (node: RootContent | Root, inNote: boolean) => {
    if (node.type === 'heading') {
      const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
      if (typeof id === 'string' && node.depth >= 2 && node.depth <= 4)
        sections.push({ id, title: plainText(node).trim(), depth: node.depth, hasProse: false });
      quotedIn(node);
      return;
    }
    if (!PHRASING.has(node.type)) quotedIn(node);
    if (isJsx(node as RootContent)) {
      const element = node as JsxElement;
      if (element.name === QUOTE) {
        const o = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'o');
        quotations.push({
          original: typeof o?.value === 'string' ? o.value : '',
          section: current().id,
          line: element.position?.start.line,
        });
        for (const child of element.children) visit(child, inNote);
        return;
      }
      if (element.name === CITE) {
        const at = `mdx:${cites++}`;
        const s = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 's');
        const refs = typeof s?.value === 'string' ? s.value.split(/\s+/).filter(Boolean) : [];
        element.attributes = [
          ...element.attributes.filter((a) => a.name !== 'at'),
          { type: 'mdxJsxAttribute', name: 'at', value: at },
        ];
        items.push({
          kind: 'cite',
          at,
          refs,
          section: current().id,
          tag: tagOf(element, source),
          line: element.position?.start.line,
        });
        return;
      }
      if (element.name === SITE_NOTE) {
        for (const child of element.children) visit(child, true);
        return;
      }
      if (isComponent(element.name)) {
        items.push({ kind: 'component', name: element.name!, section: current().id });
        return;
      }
    }
    if (
      (node.type === 'text' || node.type === 'inlineCode') &&
      !inNote &&
      HAS_WORDS.test(node.value)
    )
      current().hasProse = true;
    if ('children' in node)
      for (const child of node.children as RootContent[]) visit(child, inNote);
  };
  visit(tree, false);
  return {
    sections: sections.filter(
      (s) => s.id !== '' || s.hasProse || items.some((i) => i.section === '')
    ),
    items,
    quotations,
    blocked: blockedMarkup(tree),
    prose: proseOf(tree),
  };
}

function proseOf(tree: Root): string {
  const texts: string[] = [];
  const walk = (node: RootContent | Root) => {
    if (node.type === 'text' || node.type === 'inlineCode') texts.push(node.value);
    else if ('children' in node) (node.children as RootContent[]).forEach(walk);
  };
  walk(tree);
  return texts.join(' ');
}

function tagOf(element: JsxElement, source: string): string {
  const start = element.position?.start.offset;
  const end = element.position?.end.offset;
  if (source && start !== undefined && end !== undefined) return source.slice(start, end);
  const s = element.attributes.find((a) => a.name === 's');
  return s
    ? `<Cite s=${JSON.stringify(typeof s.value === 'string' ? s.value : '')} />`
    : '<Cite />';
}

/** Punctuation that a marker goes after: the end of a clause or sentence, a closing bracket or quote. */
const CLOSING = /^[.,;:!?…)\]”’"']+/;

/**
 * Puts every <Cite> straight after the punctuation it follows or precedes, with no space before it:
 * "2002 <Cite/>." → "2002.<Cite/>", "2002. <Cite/>" → "2002.<Cite/>". Punctuation after a run of
 * markers moves before the first of them.
 */
export function placeMarkers(tree: Root): void {
  const visit = (parent: Parent) => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i]!;
      if (isCite(node)) {
        // No space before a marker.
        const before = parent.children[i - 1];
        if (before?.type === 'text') {
          before.value = before.value.replace(/\s+$/, '');
          if (before.value === '') {
            parent.children.splice(i - 1, 1);
            i -= 1;
          }
        }
        // Punctuation right after it (or after the run of markers it ends) goes before the run.
        const after = parent.children[i + 1];
        if (after?.type === 'text' && !isCite(parent.children[i + 1])) {
          const moved = CLOSING.exec(after.value)?.[0];
          if (moved) {
            after.value = after.value.slice(moved.length);
            if (after.value === '') parent.children.splice(i + 1, 1);
            let first = i;
            while (isCite(parent.children[first - 1])) first -= 1;
            const previous = parent.children[first - 1];
            if (previous?.type === 'text') previous.value += moved;
            else {
              parent.children.splice(first, 0, { type: 'text', value: moved } satisfies Text);
              i += 1;
            }
          }
        }
        continue;
      }
      if ('children' in node && node.type !== 'heading') visit(node as Parent);
      else if (node.type === 'heading') visit(node as Heading);
    }
  };
  visit(tree);
}
