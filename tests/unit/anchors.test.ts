import { describe, expect, it } from 'vitest';
import {
  addAnchors,
  applyAliases,
  checkPublishedAnchors,
  droppedAnchors,
  landingIds,
  linkableIds,
} from '../../src/lib/built/anchors';

const page = '<h2 id="grievances-renamed">Grievances</h2><p>…</p><h2 id="outlook">Outlook</h2>';
const ids = (html: string) => new Map([['/states/armenia/', landingIds(html)]]);

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

  it('the alias counts as landing, so the old anchor stays published', () => {
    const aliased = applyAliases(page, [{ fromId: 'grievances', toId: 'grievances-renamed' }]);
    expect(landingIds(aliased.html).has('grievances')).toBe(true);
  });

  it('the list only grows: adding keeps every old anchor, and a dropped one is named', () => {
    expect(addAnchors(['/a/#old', '/a/#x'], ['/a/#x', '/a/#new'])).toEqual([
      '/a/#new',
      '/a/#old',
      '/a/#x',
    ]);
    expect(droppedAnchors(['/a/#old', '/a/#x'], ['/a/#x', '/a/#new'])).toEqual(['/a/#old']);
  });
});

describe('ids are read as a browser reads them', () => {
  it('decodes entities, takes attributes in any order, and ignores ids in comments and scripts', () => {
    const html =
      '<h2 class="x" id="y">Y</h2><h3 id="caf&eacute;">C</h3><!-- <h2 id="old">x</h2> -->' +
      '<script>const s = \'<li id="fake">\';</script><ul><li id="p1">one</li></ul>' +
      '<div id="box"></div><table><tr id="row"><td>r</td></tr></table>';
    expect(linkableIds(html)).toEqual(['y', 'café', 'p1', 'row']);
    expect([...landingIds(html)]).toEqual(['y', 'café', 'p1', 'box', 'row']);
  });

  it('an alias lands before an element whose attributes are in any order, and the rest of the page is unchanged', () => {
    const html = '<p>Intro &amp; more</p><tr class="r" id="row-new"><td>x</td></tr>';
    const aliased = applyAliases(`<table>${html}</table>`, [
      { fromId: 'row-old', toId: 'row-new' },
    ]);
    expect(aliased.unresolved).toEqual([]);
    expect(aliased.html).toBe(
      '<table><p>Intro &amp; more</p><span id="row-old" class="anchor-alias"></span><tr class="r" id="row-new"><td>x</td></tr></table>'
    );
  });
});
