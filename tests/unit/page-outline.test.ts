import { describe, expect, it } from 'vitest';
import { azIndex, indexEntry } from '../../src/lib/site/a-z';
import {
  PAGE_SECTIONS,
  sourceSections,
  stateSections,
  withReferences,
} from '../../src/lib/site/page-sections';

const body = [
  { depth: 2, slug: 'grievances', text: 'Grievances' },
  { depth: 3, slug: 'no-protection', text: 'No protection' },
];

describe('page outlines', () => {
  it("puts the template's sections around the body, in reading order", () => {
    expect(stateSections(body, true).map((h) => h.slug)).toEqual([
      'at-a-glance',
      'grievances',
      'no-protection',
      'timeline',
    ]);
    expect(stateSections(body, false).map((h) => h.slug)).toEqual([
      'at-a-glance',
      'grievances',
      'no-protection',
    ]);
    expect(sourceSections(body).map((h) => h.slug)).toEqual([
      'at-a-glance',
      'grievances',
      'no-protection',
      'paragraphs',
      'cited-on-this-site',
    ]);
    expect(withReferences(body, true).at(-1)).toEqual({
      depth: 2,
      slug: PAGE_SECTIONS.references.id,
      text: PAGE_SECTIONS.references.text,
    });
    expect(withReferences(body, false)).toEqual(body);
  });
});

describe('the A–Z index', () => {
  it("lists a page's h2 and h3 sections as links into it", () => {
    expect(indexEntry('Armenia (profile)', '/states/armenia/', body).sections).toEqual([
      { text: 'Grievances', href: '/states/armenia/#grievances' },
      { text: 'No protection', href: '/states/armenia/#no-protection' },
    ]);
  });

  it('sorts entries ignoring case, grouped under their first letter', () => {
    const letters = azIndex(
      ['timeline', 'Azerbaijan', 'armenia', 'Belarus'].map((title) =>
        indexEntry(title, `/${title}/`)
      )
    );
    expect(letters.map((l) => [l.letter, l.id, l.entries.map((e) => e.title)])).toEqual([
      ['A', 'letter-a', ['armenia', 'Azerbaijan']],
      ['B', 'letter-b', ['Belarus']],
      ['T', 'letter-t', ['timeline']],
    ]);
  });
});
