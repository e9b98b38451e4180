import { describe, expect, it } from 'vitest';
import { applyAliases, checkPublishedAnchors, linkableIds } from '../../src/lib/anchors';

const page = '<h2 id="grievances-renamed">Grievances</h2><p>…</p><h2 id="outlook">Outlook</h2>';
const ids = (html: string) =>
  new Map([['/states/armenia/', new Set(html.match(/\sid="[^"]+"/g)!.map((m) => m.slice(5, -1)))]]);

describe('published anchors and aliases', () => {
  it('a renamed anchor is missing until aliased; the alias lands on the renamed element', () => {
    const anchor = '/states/armenia/#grievances';
    expect(checkPublishedAnchors([anchor], ids(page), []).missing).toEqual([anchor]);
    const aliased = applyAliases(page, [{ fromId: 'grievances', toId: 'grievances-renamed' }]);
    expect(aliased.unresolved).toEqual([]);
    expect(checkPublishedAnchors([anchor], ids(aliased.html), []).missing).toEqual([]);
    expect(
      aliased.html.startsWith(
        '<span id="grievances" class="anchor-alias"></span><h2 id="grievances-renamed">'
      )
    ).toBe(true);
    // The alias is not itself a linkable anchor to publish.
    expect(linkableIds(aliased.html)).toEqual(['grievances-renamed', 'outlook']);
  });

  it('an alias to an id the page lacks is reported, and the page is left as it was', () => {
    expect(applyAliases(page, [{ fromId: 'old', toId: 'nowhere' }])).toEqual({
      html: page,
      unresolved: ['nowhere'],
    });
  });

  it('lists new anchors the committed list lacks', () => {
    expect(
      checkPublishedAnchors(['/a/#x'], new Map([['/a/', new Set(['x', 'y'])]]), ['/a/#x', '/a/#y'])
        .unlisted
    ).toEqual(['/a/#y']);
  });
});
