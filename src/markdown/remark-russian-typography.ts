/**
 * Russian typography for the Russian edition's MDX (content/ru/): the inline content of each
 * paragraph, heading, table cell or one-line HTML element is set by typograf as one run of text (src/lib/translation/typography.ts), so quotation marks
 * pair up across a link and a quotation's inner quotes become „ “. Only text nodes change: link
 * targets, attributes (a <Q>'s `o`, a <Cite>'s `s`), inline code and a source's slip kept as
 * printed (a <Q> whose text is its `o`) are left as written. English files are not touched.
 * Runs after remark-heading-ids (headings are headings by then) and before remark-page-outline,
 * so the outline's section titles are the set text too.
 */
import type { Parent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { QUOTE_EDGE, typesetRun, type RunPart } from '../lib/translation/typography';
import { isSlip } from '../lib/translation/quoted-text';
import { langOfFile } from './content-lang';
import { PHRASING } from '../lib/content/mdx-outline';

interface JsxElement extends Parent {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

const isJsx = (node: RootContent): node is JsxElement & RootContent =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The text of a node's text children (a slip's words). */
const textOf = (node: RootContent | Root): string =>
  node.type === 'text'
    ? node.value
    : 'children' in node
      ? (node.children as RootContent[]).map(textOf).join('')
      : '';

/** One run: the text nodes of a block, in order, with the quotation marks a <Q> adds. */
type Piece = { node: Text; write: boolean } | typeof QUOTE_EDGE;

export function remarkRussianTypography() {
  return (tree: Root, file: VFile) => {
    if (langOfFile(file.path) !== 'ru') return;
    const collect = (node: RootContent, run: Piece[], write: boolean) => {
      if (node.type === 'text') {
        run.push({ node, write });
        return;
      }
      if (node.type === 'inlineCode' || node.type === 'code') return;
      if (isJsx(node) && node.name === 'Q') {
        const o = node.attributes.find((a) => a.name === 'o')?.value;
        const slip = typeof o === 'string' && isSlip(textOf(node), o);
        run.push(QUOTE_EDGE);
        for (const child of node.children as RootContent[]) collect(child, run, write && !slip);
        run.push(QUOTE_EDGE);
        return;
      }
      if ('children' in node)
        for (const child of node.children as RootContent[]) collect(child, run, write);
    };
    /** Sets the inline content a block holds directly, as one run. */
    const setRun = (block: Parent) => {
      const run: Piece[] = [];
      for (const child of block.children as RootContent[])
        if (PHRASING.has(child.type)) collect(child, run, true);
      const parts: RunPart[] = run.map((p) => (p === QUOTE_EDGE ? p : p.node.value));
      const set = typesetRun(parts);
      let i = 0;
      for (const piece of run) {
        if (piece === QUOTE_EDGE) continue;
        const value = set[i++]!;
        if (piece.write) piece.node.value = value;
      }
    };
    const visit = (node: Root | RootContent) => {
      if (PHRASING.has(node.type) || !('children' in node)) return;
      setRun(node as Parent);
      for (const child of node.children as RootContent[]) visit(child);
    };
    visit(tree);
  };
}
