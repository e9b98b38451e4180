/**
 * The MDX policy (src/lib/content/mdx-policy.ts) as the build applies it: each body compiled by
 * Astro's MDX pipeline with the project's remark plugins, the page-outline plugin recording what
 * the policy finds, read back as the build reports it ("file:line: message").
 */
import { describe, expect, it } from 'vitest';
import { compileMdx } from '../support/mdx';
import { remarkHeadingIds } from '../../src/markdown/remark-heading-ids';
import { remarkRussianTypography } from '../../src/markdown/remark-russian-typography';
import { OUTLINE_KEY, remarkPageOutline } from '../../src/markdown/remark-page-outline';
import type { MdxOutline } from '../../src/lib/content/mdx-outline';

const FILE = 'content/pages/x.mdx';
/** A body after nine lines of frontmatter, which Astro hands the compiler as empty lines. */
async function check(body: string): Promise<string[]> {
  const { frontmatter } = await compileMdx('\n'.repeat(9) + body, {
    path: FILE,
    remarkPlugins: [remarkHeadingIds, remarkRussianTypography, remarkPageOutline],
  });
  const { blocked } = frontmatter[OUTLINE_KEY] as MdxOutline;
  return blocked.map(({ line, message }) => `${FILE}:${line}: ${message}`);
}

describe('markup the security policy would block', () => {
  it('passes ordinary content: prose, links, components, headings, same-site and data: images', async () => {
    expect(
      await check(
        [
          '<h2 id="a">A</h2>',
          '',
          'Text with [a link](https://example.org/) and a <Cite s="forbes:4" />.',
          '',
          '![Map](/images/map.svg) <img src="data:image/png;base64,AA" alt="" /> <a href="/states/">States</a>',
          '',
          '<Custom onClick={() => 1} style="x" />',
        ].join('\n')
      )
    ).toEqual([]);
  });

  it('names an inline <script> and <style>, with the line in the file', async () => {
    expect(await check('Text.\n\n<script>alert(1)</script>\n\n<style>{`p{}`}</style>')).toEqual([
      expect.stringMatching(
        /^content\/pages\/x\.mdx:12: <script> is not allowed: inline scripts are blocked/
      ),
      expect.stringMatching(
        /^content\/pages\/x\.mdx:14: <style> is not allowed: inline styles are blocked/
      ),
    ]);
  });

  it('names event-handler and style attributes', async () => {
    const problems = await check(
      '<span onClick="alert(1)">x</span> <p onmouseover="x">y</p> <span style="color:red">z</span>'
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('<span onClick> is an inline event handler');
    expect(problems[1]).toContain('<p onmouseover> is an inline event handler');
    expect(problems[2]).toContain('<span style> is an inline style');
  });

  it('names frames and plug-ins', async () => {
    const problems = await check(
      '<iframe src="https://www.youtube.com/embed/x" title="v"></iframe>\n\n<object data="/x.swf"></object>\n\n<embed src="/x.swf" />'
    );
    expect(problems.map((p) => p.split(': ')[1])).toEqual([
      '<iframe> is not allowed',
      '<iframe src="https://www.youtube.com/embed/x"> loads from another site, which the Content-Security-Policy blocks; put the file in public/',
      '<object> is not allowed',
      '<embed> is not allowed',
    ]);
  });

  it('names images on other sites, in MDX and in Markdown, also by reference and protocol-relative', async () => {
    const problems = await check(
      '![A](https://example.org/a.png)\n\n<img src="//cdn.example.org/b.png" alt="" />\n\n![C][c]\n\n[c]: http://example.org/c.png\n\n<img srcSet="/a.png 1x, https://x.org/a.png 2x" alt="" />'
    );
    expect(problems).toEqual([
      'content/pages/x.mdx:10: the image https://example.org/a.png is on another site, which the Content-Security-Policy blocks (img-src); put it in public/',
      expect.stringContaining(':12: <img src="//cdn.example.org/b.png"> loads from another site'),
      expect.stringContaining(
        ':18: <img srcset="/a.png 1x, https://x.org/a.png 2x"> loads from another site'
      ),
      expect.stringContaining(':16: the image http://example.org/c.png is on another site'),
    ]);
  });

  it('names javascript: links', async () => {
    expect(await check('[click](javascript:alert(1)) <a href="JavaScript:void(0)">x</a>')).toEqual([
      expect.stringContaining('the link javascript:alert(1) is a javascript: URL'),
      expect.stringContaining('<a href="JavaScript:void(0)"> is a javascript: URL'),
    ]);
  });

  it('names a translated quotation inside a link, and passes a link inside the quotation', async () => {
    expect(
      await check(
        'Учения [<Q o="Indestructible Brotherhood">Нерушимое братство</Q>](/glossary/#x).'
      )
    ).toEqual([
      'content/pages/x.mdx:10: a <Q> inside the link to /glossary/#x: its "en" button would sit in the link (a press follows the link); put the whole link inside the quotation instead, the <Q o="…"> tags outside its brackets',
    ]);
    expect(
      await check(
        'Учения <Q o="Indestructible Brotherhood">[Нерушимое братство](/glossary/#x)</Q>.'
      )
    ).toEqual([]);
  });
});
