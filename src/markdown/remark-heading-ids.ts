/**
 * Section ids are part of the site's public interface: people link to them. So every heading in
 * content is written with an explicit id, as HTML inside MDX:
 *
 *     <h2 id="grievances">Grievances with the bloc</h2>
 *
 * This plugin turns such JSX headings into ordinary Markdown headings carrying that id (so Astro
 * lists them in `headings` for the table of contents, and the anchor plugin links them), and fails
 * the build on a Markdown heading (`## …`) that has no id, naming the file and line.
 */
import type { Heading, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { ID_RULE, isId } from '../lib/content/ids';

const HEADING_TAG = /^h([2-4])$/;

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
/** A node inside a JSX heading, as far as this plugin reads it. */
interface JsxChild {
  type: string;
  value?: string;
  children?: JsxChild[];
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: JsxChild[];
  position?: Heading['position'];
}

export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading') {
        if (!(node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id) {
          file.fail(
            `heading "${textOf(node.children as JsxChild[])}" has no explicit id. Write it as <h${node.depth} id="some-id">…</h${node.depth}> so links to it never break (see content/README.md).`,
            node
          );
        }
        return;
      }
      const element = node as unknown as JsxElement;
      if (element.type !== 'mdxJsxFlowElement' && element.type !== 'mdxJsxTextElement') return;
      const match = HEADING_TAG.exec(element.name ?? '');
      if (!match || !parent || index === undefined) return;
      const idAttribute = element.attributes.find(
        (a) => a.type === 'mdxJsxAttribute' && a.name === 'id'
      );
      const id = idAttribute?.value;
      if (typeof id !== 'string' || !isId(id)) {
        file.fail(
          `<${element.name}> needs id="…" of ${ID_RULE}; found ${id === undefined ? 'no id' : JSON.stringify(id)}.`,
          element as never
        );
      }
      // A one-line <h2>…</h2> holds phrasing; a multi-line one wraps it in a paragraph.
      const children = element.children.flatMap((child) =>
        child.type === 'paragraph' ? (child.children ?? []) : [child]
      ) as PhrasingContent[];
      const heading: Heading = {
        type: 'heading',
        depth: Number(match[1]) as Heading['depth'],
        children,
        data: { hProperties: { id: id as string } } as Heading['data'],
        ...(element.position ? { position: element.position } : {}),
      };
      parent.children[index] = heading as never;
    });
  };
}

function textOf(nodes: readonly JsxChild[]): string {
  return nodes.map((n) => n.value ?? (n.children ? textOf(n.children) : '')).join('');
}
