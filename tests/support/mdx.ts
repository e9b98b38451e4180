/**
 * Compiles MDX as `astro build` does: Astro's own MDX pipeline (the `unified()` processor of
 * @astrojs/markdown-remark that astro.config.mjs sets, with GFM and smart punctuation on), running
 * the plugins a test names. Returns the HTML tree after the last rehype plugin (MDX components such
 * as <Cite> left as nodes) and the frontmatter the remark plugins wrote (remarkPluginFrontmatter).
 */
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { toHtml } from 'hast-util-to-html';

export interface Compiled {
  tree: Root;
  frontmatter: Record<string, unknown>;
}

export async function compileMdx(
  mdx: string,
  {
    path = 'content/pages/example.mdx',
    remarkPlugins = [],
    rehypePlugins = [],
  }: { path?: string | undefined; remarkPlugins?: RemarkPlugins; rehypePlugins?: RehypePlugins }
): Promise<Compiled> {
  let compiled: Compiled | undefined;
  const capture = () => (tree: Root, file: VFile) => {
    compiled = { tree: structuredClone(tree), frontmatter: file.data.astro?.frontmatter ?? {} };
  };
  const renderer = await unified({
    remarkPlugins,
    rehypePlugins: [...rehypePlugins, capture],
  }).createMdxRenderer!({ syntaxHighlight: false }, { optimize: false });
  await renderer.process(mdx, path, {});
  if (!compiled) throw new Error('the MDX pipeline never reached the last rehype plugin');
  return compiled;
}

type AnyNode = Root | Root['children'][number] | { type: string; [key: string]: unknown };

/**
 * The tree as HTML, MDX components written as tags with their attributes
 * (<Cite s="forbes:4" at="mdx:0"></Cite>), so a test can read the whole output in one string.
 */
export function htmlOf(tree: Root): string {
  const plain = (node: AnyNode): AnyNode => {
    if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
      const jsx = node as unknown as {
        name: string;
        attributes: { name?: string; value?: unknown }[];
        children: AnyNode[];
      };
      return {
        type: 'element',
        tagName: jsx.name,
        properties: Object.fromEntries(jsx.attributes.map((a) => [a.name, String(a.value)])),
        children: jsx.children.map(plain),
      };
    }
    return 'children' in node && Array.isArray(node.children)
      ? { ...node, children: (node.children as AnyNode[]).map(plain) }
      : node;
  };
  return toHtml(plain(tree) as Root, { characterReferences: { useNamedReferences: true } });
}
