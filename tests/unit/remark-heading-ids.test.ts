/**
 * remarkHeadingIds (src/markdown/remark-heading-ids.ts) as MDX compiles it: headings written as
 * HTML with an id become Markdown headings carrying it, and a heading without an explicit id fails
 * naming the heading and its line.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Heading, Root } from 'mdast';
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { remarkHeadingIds } from '../../src/markdown/remark-heading-ids';

const run = async (mdx: string) => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHeadingIds);
  const file = new VFile({ path: 'content/pages/background.mdx', value: mdx });
  return (await processor.run(processor.parse(file), file)) as Root;
};

describe('remarkHeadingIds', () => {
  it('turns <h2 id> into a heading with that id', async () => {
    const tree = await run('Intro.\n\n<h2 id="how-it-works">How it works</h2>\n\nText.\n');
    // (A one-line <h2> is text-level MDX; @mdx-js/mdx later unwraps the paragraph around it.)
    const headings: Heading[] = [];
    visit(tree, 'heading', (node) => void headings.push(node));
    const [heading] = headings;
    expect(headings).toHaveLength(1);
    expect(heading?.depth).toBe(2);
    expect(heading?.data).toEqual({ hProperties: { id: 'how-it-works' } });
  });

  it('fails on a Markdown heading without an id, naming the heading, the file and the line', async () => {
    await expect(run('Intro.\n\n## An unanchored heading\n')).rejects.toThrow(
      'heading "An unanchored heading" has no explicit id'
    );
    await expect(run('Intro.\n\n## An unanchored heading\n')).rejects.toMatchObject({
      file: 'content/pages/background.mdx',
      line: 3,
    });
  });

  it('fails on an id that is not of the id form', async () => {
    await expect(run('<h3 id="Not An Id">X</h3>\n')).rejects.toThrow('<h3> needs id="…" of ');
  });
});
