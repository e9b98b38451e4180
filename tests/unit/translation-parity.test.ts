/**
 * Parity between the editions (src/lib/translation/parity.ts), on outlines read from real MDX the
 * way the build reads them: each difference is one message naming the Russian file and the id.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { remarkHeadingIds } from '../../src/markdown/remark-heading-ids';
import { readOutline } from '../../src/lib/content/mdx-outline';
import {
  compareFields,
  compareGuides,
  compareIds,
  compareNames,
  compareOutlines,
} from '../../src/lib/translation/parity';

function outline(mdx: string) {
  const file = new VFile(mdx);
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(file);
  remarkHeadingIds()(tree, file);
  return readOutline(tree, mdx);
}

const EN = 'content/states/armenia.mdx';
const RU = 'content/ru/states/armenia.mdx';
const english = outline(
  [
    '<h2 id="at-a-glance">At a glance</h2>',
    'Armenia froze its membership. <Cite s="forbes:4" />',
    '<h2 id="grievances">Grievances</h2>',
    'Pashinyan called it “a point of no return”. <Cite s="eurasia-review:12-13" />',
  ].join('\n\n')
);

describe('two MDX twins', () => {
  it('with the same sections, citations and quotations, agree', () => {
    const russian = outline(
      [
        '<h2 id="at-a-glance">Коротко</h2>',
        'Армения заморозила членство. <Cite s="forbes:4" />',
        '<h2 id="grievances">Претензии</h2>',
        'Пашинян назвал это <Q o="a point of no return">точкой невозврата</Q>. <Cite s="eurasia-review:12-13" />',
      ].join('\n\n')
    );
    expect(compareOutlines(EN, RU, english, russian)).toEqual([]);
  });

  it('a section missing or renamed is named with its id', () => {
    const russian = outline(
      [
        '<h2 id="at-a-glance">Коротко</h2>',
        'Армения заморозила членство. <Cite s="forbes:4" />',
        '<h2 id="grievance">Претензии</h2>',
        'Пашинян назвал это <Q o="a point of no return">точкой невозврата</Q>. <Cite s="eurasia-review:12-13" />',
      ].join('\n\n')
    );
    expect(compareOutlines(EN, RU, english, russian)).toEqual(
      expect.arrayContaining([
        `${RU}: no section grievances (h2), which ${EN} has`,
        `${RU}: section grievance (h2) is not in ${EN}`,
      ])
    );
  });

  it('a citation dropped or changed, and a quotation without its <Q o>, are named', () => {
    const russian = outline(
      [
        '<h2 id="at-a-glance">Коротко</h2>',
        'Армения заморозила членство. <Cite s="forbes:5" />',
        '<h2 id="grievances">Претензии</h2>',
        'Пашинян назвал это «точкой невозврата».',
      ].join('\n\n')
    );
    const problems = compareOutlines(EN, RU, english, russian);
    expect(problems[0]).toMatch(
      /^content\/ru\/states\/armenia\.mdx: citation 1 is <Cite s="forbes:5" \/>.*where content\/states\/armenia\.mdx has <Cite s="forbes:4" \/>/
    );
    expect(problems).toContain(
      `${RU}, section "grievances": the English quotes “a point of no return”, which has no <Q o="a point of no return">…</Q> here (o is the English words exactly)`
    );
  });
});

describe('entries, fields, guides and names', () => {
  it('an event, person or term missing in one edition names the file and the id', () => {
    expect(
      compareIds(
        'event',
        { file: 'content/events/events.yaml', ids: ['a', 'astana-summit-2018'] },
        { file: 'content/ru/events.yaml', ids: ['a', 'extra'] }
      )
    ).toEqual([
      'content/ru/events.yaml: no event "astana-summit-2018", which content/events/events.yaml has: translate it (the English is the model)',
      'content/ru/events.yaml: event "extra" is not in content/events/events.yaml: remove it or fix its id',
    ]);
  });

  it('a translated field is there exactly when the English has it', () => {
    expect(
      compareFields('content/ru/events.yaml, event "x"', [
        { field: 'summary', en: 'Said so.', ru: '' },
        { field: 'dateNote', en: undefined, ru: 'Примечание' },
      ])
    ).toEqual([
      'content/ru/events.yaml, event "x": no summary, which the English has',
      'content/ru/events.yaml, event "x": dateNote is not in the English: leave it out',
    ]);
  });

  it('a paragraph guide has an entry for every paragraph', () => {
    expect(
      compareGuides(
        'content/ru/sources/forbes.mdx',
        {
          paragraphs: [
            { n: 1, gist: 'One' },
            { n: 2, gist: 'Two' },
          ],
          unnumbered: [],
        },
        { paragraphs: [{ n: 1, gist: 'Один' }], unnumbered: [] }
      )
    ).toEqual([
      'content/ru/sources/forbes.mdx: paragraph guide: no entry for paragraph 2 (every paragraph has one)',
    ]);
  });

  it('the names table names every state, person, term and source, and nothing else', () => {
    const known = {
      state: new Set(['armenia']),
      person: new Set(['pashinyan']),
      term: new Set<string>(),
      source: new Set<string>(),
    };
    expect(
      compareNames(
        'content/ru/names.yaml',
        [
          { kind: 'state', target: 'armenia' },
          { kind: 'person', target: 'pashinian' },
        ],
        known
      )
    ).toEqual([
      'content/ru/names.yaml: no name for person "pashinyan" (under person:)',
      'content/ru/names.yaml: person "pashinian" is no person of the English content',
    ]);
  });
});
