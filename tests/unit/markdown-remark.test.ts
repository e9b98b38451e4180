/**
 * The remark plugins of src/markdown/ run through Astro's MDX pipeline (tests/support/mdx.ts) in
 * the order astro.config.mjs gives them: remark-heading-ids, remark-russian-typography,
 * remark-page-outline. (remark-heading-ids has its own tests.)
 */
import { describe, expect, it } from 'vitest';
import { compileMdx, htmlOf } from '../support/mdx';
import { remarkHeadingIds } from '../../src/markdown/remark-heading-ids';
import { remarkRussianTypography } from '../../src/markdown/remark-russian-typography';
import { OUTLINE_KEY, remarkPageOutline } from '../../src/markdown/remark-page-outline';
import { langOfFile } from '../../src/markdown/content-lang';
import type { MdxOutline } from '../../src/lib/content/mdx-outline';

const remarkPlugins = [remarkHeadingIds, remarkRussianTypography, remarkPageOutline];
const compile = (mdx: string, path?: string) => compileMdx(mdx, { path, remarkPlugins });
const outlineOf = async (mdx: string, path?: string) =>
  (await compile(mdx, path)).frontmatter[OUTLINE_KEY] as MdxOutline;

describe('langOfFile (content-lang)', () => {
  it('puts content/ru/ in the Russian edition, wherever the checkout lives', () => {
    expect(langOfFile('content/ru/pages/overview.mdx')).toBe('ru');
    expect(langOfFile('/work/site/content/ru/states/armenia.mdx')).toBe('ru');
    expect(langOfFile('C:\\site\\content\\ru\\sources\\forbes.mdx')).toBe('ru');
  });
  it('puts everything else in English', () => {
    expect(langOfFile('content/pages/overview.mdx')).toBe('en');
    expect(langOfFile('content/pages/ru.mdx')).toBe('en');
    expect(langOfFile('content/rus/pages/x.mdx')).toBe('en');
    expect(langOfFile('/work/ru/content/states/armenia.mdx')).toBe('en');
    expect(langOfFile(undefined)).toBe('en');
  });
});

describe('remarkPageOutline', () => {
  const body = [
    'Opening prose before any heading <Cite s="forbes:1" />.',
    '',
    '<h2 id="grievances">Grievances</h2>',
    '',
    'Armenia froze its part <Cite s="forbes:4 eurasia-review:12-13" />. It said so twice.<Cite s="caliber:3" />',
    '',
    '<h3 id="table">The table</h3>',
    '',
    '<StatusTable />',
    '',
    '<h2 id="quiet">Quiet section</h2>',
    '',
    '<SiteNote>About this site.</SiteNote>',
    '',
  ].join('\n');

  it("records the sections, each <Cite> with its section and line, and the embedded components, in document order, under the entry's remarkPluginFrontmatter", async () => {
    const { frontmatter } = await compile(body);
    expect(Object.keys(frontmatter)).toEqual([OUTLINE_KEY]);
    const outline = frontmatter[OUTLINE_KEY] as MdxOutline;
    expect(outline.sections.map(({ id, title, depth }) => [id, title, depth])).toEqual([
      ['', '', 0],
      ['grievances', 'Grievances', 2],
      ['table', 'The table', 3],
      ['quiet', 'Quiet section', 2],
    ]);
    expect(
      outline.items.map((item) =>
        item.kind === 'cite'
          ? [item.at, item.section, item.line, item.refs]
          : [item.kind, item.name, item.section]
      )
    ).toEqual([
      ['mdx:0', '', 1, ['forbes:1']],
      ['mdx:1', 'grievances', 5, ['forbes:4', 'eurasia-review:12-13']],
      ['mdx:2', 'grievances', 5, ['caliber:3']],
      ['component', 'StatusTable', 'table'],
    ]);
  });

  it('moves each marker after its punctuation and numbers it in the tree the page renders', async () => {
    const { tree } = await compile(body);
    expect(htmlOf(tree)).toContain(
      '<p>Armenia froze its part.<Cite s="forbes:4 eurasia-review:12-13" at="mdx:1"></Cite> It said so twice.<Cite s="caliber:3" at="mdx:2"></Cite></p>'
    );
  });

  it('records section titles after Russian typography has set them', async () => {
    const outline = await outlineOf(
      '<h2 id="dogovor">Что такое "Договор"</h2>\n\nТекст <Cite s="forbes:1" />.\n',
      'content/ru/pages/overview.mdx'
    );
    expect(outline.sections.at(-1)?.title).toBe('Что такое «Договор»');
  });

  it('gives an MDX body without headings or markers an empty outline, not none', async () => {
    const outline = await outlineOf('Just a sentence.\n');
    expect(outline.items).toEqual([]);
    expect(outline.sections.map((s) => s.id)).toEqual(['']);
  });
});

describe('remarkRussianTypography', () => {
  /** The HTML of a Russian file, no-break spaces shown as ⍽. */
  const ru = async (mdx: string) =>
    htmlOf((await compile(mdx, 'content/ru/pages/x.mdx')).tree).replaceAll('\u00a0', '⍽');

  it('sets Russian quotation marks and dashes across a link, nesting inner quotes as „ “', async () => {
    const html = await ru(
      'Организация - это "союз" и [его "члены"](/states/armenia/).\n\nОн назвал "Договор "о безопасности"" старым.\n'
    );
    expect(html).toBe(
      '<p>Организация⍽— это «союз» и⍽<a href="/states/armenia/">его «члены»</a>.</p>\n' +
        '<p>Он⍽назвал «Договор „о⍽безопасности“» старым.</p>'
    );
  });

  it("sets a <Q>'s translation inside the run but leaves its original, link targets and inline code as written", async () => {
    const html = await ru(
      'Пашинян сказал <Q o=\'we "froze" it\'>мы "заморозили" участие</Q> и `"code"` <Cite s="forbes:1" />.\n'
    );
    // The <Q> draws its own « »: its words are set as inside them, so inner quotes become „ “.
    expect(html).toBe(
      '<p>Пашинян сказал <Q o="we &quot;froze&quot; it">мы⍽„заморозили“ участие</Q> и⍽<code>"code"</code>.<Cite s="forbes:1" at="mdx:0"></Cite></p>'
    );
  });

  it("leaves a source's slip kept as printed (a <Q> whose text is its original) untouched", async () => {
    const html = await ru('Заголовок гласил <Q o="ОДКБ - мертва">ОДКБ - мертва</Q>.\n');
    expect(html).toContain('<Q o="ОДКБ - мертва">ОДКБ - мертва</Q>');
  });

  it('does not touch English files', async () => {
    const html = htmlOf((await compile('Organisation - a "union".\n', 'content/pages/x.mdx')).tree);
    expect(html).toBe('<p>Organisation - a “union”.</p>');
  });
});
