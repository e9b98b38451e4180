import { describe, expect, it } from 'vitest';
import { findLinkProblems } from '../../src/lib/built/link-check';

const page = (url: string, html: string) => ({ url, html });

describe('findLinkProblems', () => {
  const site = [
    page(
      '/',
      '<a href="/states/armenia/#status">x</a><a href="https://example.org/">ext</a><a href="/favicon.svg">f</a>'
    ),
    page(
      '/states/armenia/',
      '<h2 id="status">S</h2><a href="#status">self</a><a href="../armenia/#status">rel</a>'
    ),
  ];

  it('accepts links to existing pages and fragments', () => {
    expect(findLinkProblems(site, '/')).toEqual([]);
  });

  it('names a missing page', () => {
    const problems = findLinkProblems(
      [...site, page('/timeline/', '<a href="/states/armenai/">typo</a>')],
      '/'
    );
    expect(problems).toEqual([
      '/timeline/: link "/states/armenai/" points at /states/armenai/, which is not a page of the site',
    ]);
  });

  it('names a missing fragment', () => {
    const problems = findLinkProblems(
      [page('/', '<a href="/states/armenia/#grievances">x</a>'), site[1]!],
      '/'
    );
    expect(problems[0]).toContain('#grievances, which does not exist on /states/armenia/');
  });

  it('names a duplicate id', () => {
    expect(findLinkProblems([page('/', '<p id="a"></p><p id="a"></p>')], '/')).toEqual([
      '/: the id "a" is used more than once',
    ]);
  });

  it('checks links under a base path and ignores the rest of the host', () => {
    const sub = [page('/csto/', '<a href="/csto/x/">x</a><a href="/other-site/">y</a>')];
    expect(findLinkProblems(sub, '/csto/')).toEqual([
      '/csto/: link "/csto/x/" points at /csto/x/, which is not a page of the site',
    ]);
  });

  it('reads hrefs and ids as a browser does: entities decoded, comments and scripts ignored', () => {
    const pages = [
      page(
        '/',
        '<a class="x" href="/b/#caf&eacute;">ok</a><!-- <a href="/gone/">old</a> -->' +
          '<script>document.write(\'<a href="/nowhere/">\')</script>'
      ),
      page('/b/', '<h2 id="café">Café</h2>'),
    ];
    expect(findLinkProblems(pages, '/')).toEqual([]);
    pages.push(page('/c/', '<a href="/b/#caf&eacute;s">bad</a>'));
    expect(findLinkProblems(pages, '/')).toEqual([
      '/c/: link "/b/#cafés" points at #cafés, which does not exist on /b/',
    ]);
  });
});
