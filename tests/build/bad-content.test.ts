/**
 * Bad content must fail the build with a message that names the file and the problem. Each case
 * copies the project into a temporary folder, breaks one thing, runs `astro build` there and
 * reads what it printed (tests/build/build-copy.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWith as buildCopy, replaceIn, workFolder } from './build-copy';

const work = workFolder('csto-bad-content-');
afterAll(work.remove);

const buildWith = (name: string, edit: (dir: string) => void, env?: NodeJS.ProcessEnv) =>
  buildCopy(work.path, name, edit, env);

describe('a bad content file fails the build with a clear message', () => {
  it('a mistyped field value (status) names the file and the allowed values', () => {
    const { status, output } = buildWith('bad-status', (dir) =>
      replaceIn(dir, 'content/states/armenia.mdx', /^status: \w+$/m, 'status: memebr')
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/armenia/);
    expect(output).toMatch(/status/);
    expect(output).toMatch(/member/);
  });

  it('a missing required field names the file and the field', () => {
    const { status, output } = buildWith('missing-summary', (dir) =>
      replaceIn(dir, 'content/states/georgia.mdx', /^summary:.*$/m, '')
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/georgia/);
    expect(output).toMatch(/summary/);
  });

  it('an invalid date names the problem', () => {
    const { status, output } = buildWith('bad-date', (dir) =>
      replaceIn(dir, 'content/events/events.yaml', /date: '?2012'?/, "date: '2012-13'")
    );
    expect(status).not.toBe(0);
    expect(output).toContain('events');
    expect(output).toContain('"2012-13" has no month 13');
  });

  it('an unknown source and an unknown country in an event are named with the file', () => {
    const { status, output } = buildWith('unknown-ids', (dir) => {
      replaceIn(dir, 'content/events/events.yaml', /sources: \[forbes/, 'sources: [forbs');
      replaceIn(dir, 'content/events/events.yaml', /countries: \[armenia/, 'countries: [armenai');
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/events/events.yaml');
    expect(output).toContain('unknown source "forbs"');
    expect(output).toContain('unknown state "armenai"');
  });

  it('an unknown source in a <Cite> names the MDX file', () => {
    const { status, output } = buildWith('unknown-cite', (dir) =>
      replaceIn(dir, 'content/pages/outlook.mdx', /<Cite s="caliber/, '<Cite s="calibre')
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/pages\/outlook\.mdx.*unknown source "calibre"/);
  });

  it('a duplicate event id names both items', () => {
    const { status, output } = buildWith('duplicate-id', (dir) => {
      const path = join(dir, 'content/events/events.yaml');
      const text = readFileSync(path, 'utf8');
      writeFileSync(
        path,
        `${text.trimEnd()}\n- id: csto-2002\n  date: '2002'\n  title: Copy\n  kind: founding\n  summary: A copy.\n  sources: [eurasia-review:22]\n`
      );
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/events\/events\.yaml, item \d+: duplicate id "csto-2002", already used by item \d+/
    );
  });

  it('a YAML syntax error in a data file names the file instead of emptying the collection', () => {
    const { status, output } = buildWith('bad-yaml', (dir) =>
      replaceIn(dir, 'content/people/people.yaml', /^- id: putin$/m, '- id: [putin')
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/people/people.yaml: not valid YAML');
  });

  it('a search-only name for an entry that does not exist names the file and the id', () => {
    const { status, output } = buildWith('bad-search-name', (dir) =>
      replaceIn(dir, 'content/search-names.yaml', '  pashinyan: [', '  pashinyn: [')
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/search-names\.yaml/);
    expect(output).toMatch(/person "pashinyn"/);
  });

  it('a section that cites nothing names the file and the section', () => {
    const { status, output } = buildWith('uncited-section', (dir) => {
      const path = join(dir, 'content/pages/analysis.mdx');
      writeFileSync(
        path,
        `${readFileSync(path, 'utf8')}\n\n<h2 id="uncited-claims">Uncited claims</h2>\n\nA claim with no source.\n`
      );
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/pages/analysis.mdx: section "Uncited claims" (#uncited-claims) cites no source'
    );
    // Its own kind of problem, not lumped in with unknown ids.
    expect(output).toContain('Content has a section that cites nothing (1 problem)');
    expect(output).not.toContain('names an entry that does not exist');
  });

  it('a <Cite> that names no source, and a state the status map cannot draw, fail before any page renders', () => {
    const { status, output } = buildWith('empty-cite-unmapped-state', (dir) => {
      const path = join(dir, 'content/pages/outlook.mdx');
      writeFileSync(
        path,
        `${readFileSync(path, 'utf8')}\n\nA claim. <Cite s="forbes:2" /> Another. <Cite s="" />\n`
      );
      writeFileSync(
        join(dir, 'content/states/atlantis.mdx'),
        readFileSync(join(dir, 'content/states/georgia.mdx'), 'utf8').replace(
          /^name: .*$/m,
          'name: Atlantis'
        )
      );
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/pages/outlook.mdx: <Cite s="" /> names no source');
    expect(output).toContain(
      'content/states/atlantis.mdx: the status map has no shape for state "atlantis"'
    );
    expect(output).toContain('has a state the map cannot draw');
  });

  it('a heading without an explicit id names the file and the heading', () => {
    const { status, output } = buildWith('heading-without-id', (dir) => {
      const path = join(dir, 'content/pages/background.mdx');
      writeFileSync(path, `${readFileSync(path, 'utf8')}\n\n## An unanchored heading\n`);
    });
    expect(status).not.toBe(0);
    expect(output).toContain('background.mdx');
    expect(output).toContain('heading "An unanchored heading" has no explicit id');
  });

  it('a broken internal link and a missing anchor name the page and the link', () => {
    const { status, output } = buildWith('broken-link', (dir) => {
      const path = join(dir, 'content/pages/outlook.mdx');
      writeFileSync(
        path,
        `${readFileSync(path, 'utf8')}\n\nSee [nowhere](/states/atlantis/) and [no anchor](/states/armenia/#no-such-section). <Cite s="forbes:2" />\n`
      );
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      '/outlook/: link "/states/atlantis/" points at /states/atlantis/, which is not a page of the site'
    );
    expect(output).toContain(
      '/outlook/: link "/states/armenia/#no-such-section" points at #no-such-section, which does not exist on /states/armenia/'
    );
  });
});

describe('a bad citation fails the build, naming the file, the citation and the problem', () => {
  const appendTo = (dir: string, file: string, text: string) => {
    const path = join(dir, file);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n\n${text}\n`);
  };

  it("a paragraph beyond the source's last, and one that runs backwards", () => {
    const { status, output } = buildWith('paragraph-beyond-last', (dir) => {
      appendTo(dir, 'content/pages/outlook.mdx', 'A claim. <Cite s="forbes:99" />');
      replaceIn(
        dir,
        'content/events/events.yaml',
        /sources: \[(eurasia-review|forbes|caliber|explainer|filenews):\d+(-\d+)?(?=[,\]])/,
        'sources: [forbes:5-3'
      );
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/pages/outlook.mdx: <Cite> cites "forbes:99": paragraph 99 is beyond the last paragraph of forbes (15)'
    );
    expect(output).toMatch(
      /content\/events\/events\.yaml: event "[a-z0-9-]+" cites "forbes:5-3": "forbes:5-3" has a run that goes backwards \(5-3\)/
    );
  });

  it("a cited paragraph missing from the source's paragraph guide", () => {
    const { status, output } = buildWith('paragraph-not-in-guide', (dir) => {
      replaceIn(
        dir,
        'content/sources/forbes.mdx',
        /( {2}- n: 15\n {4}line: 21\n) {4}gist: .*\n/,
        '$1'
      );
      appendTo(dir, 'content/pages/outlook.mdx', 'A claim. <Cite s="forbes:15" />');
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/pages/outlook.mdx: <Cite> cites "forbes:15": paragraph 15 of forbes is missing from its paragraph guide'
    );
  });

  it('a citation that names no paragraph', () => {
    const { status, output } = buildWith('bare-citation', (dir) =>
      appendTo(dir, 'content/pages/outlook.mdx', 'A claim. <Cite s="caliber" />')
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/pages/outlook.mdx: <Cite> cites "caliber": "caliber" names no paragraph'
    );
  });

  it('a reference that is not a citation at all, in a data file', () => {
    const { status, output } = buildWith('malformed-reference', (dir) =>
      replaceIn(dir, 'content/glossary/glossary.yaml', /sources: \[/, 'sources: [forbes para 4, ')
    );
    expect(status).not.toBe(0);
    expect(output).toContain('glossary');
    expect(output).toContain('"forbes para 4" is not a citation');
  });
});

/** One build serves several checks: each `it` below asserts one problem of the same broken copy. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

describe("markup that the pages' security policy would block fails the build, naming the file and line", () => {
  const built = once(() =>
    buildWith('blocked-markup', (dir) => {
      const path = join(dir, 'content/pages/analysis.mdx');
      writeFileSync(
        path,
        `${readFileSync(path, 'utf8').trimEnd()}\n\n<h2 id="blocked-markup">Blocked markup</h2>\n\nA claim. <Cite s="forbes:2" />\n\n<script>alert(1)</script>\n\n<span onClick="alert(1)">Click</span> and <span style="color: red">red</span>.\n\n<iframe src="https://video.example.org/embed/1" title="Video"></iframe>\n\n![A chart](https://example.org/chart.png)\n\n[Run it](javascript:alert(1))\n`
      );
    })
  );
  const line = (text: string) =>
    new RegExp(`content/pages/analysis\\.mdx:\\d+: ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

  it('an inline <script>', () => {
    expect(built().status).not.toBe(0);
    expect(built().output).toMatch(
      line('<script> is not allowed: inline scripts are blocked by the Content-Security-Policy')
    );
  });
  it('an event-handler attribute', () => {
    expect(built().output).toMatch(line('<span onClick> is an inline event handler'));
  });
  it('a style attribute', () => {
    expect(built().output).toMatch(line('<span style> is an inline style'));
  });
  it('an <iframe> from another site', () => {
    expect(built().output).toMatch(line('<iframe> is not allowed'));
    expect(built().output).toMatch(
      line('<iframe src="https://video.example.org/embed/1"> loads from another site')
    );
  });
  it('an image from another site', () => {
    expect(built().output).toMatch(
      line('the image https://example.org/chart.png is on another site')
    );
  });
  it('a javascript: link', () => {
    expect(built().output).toMatch(line('the link javascript:alert(1) is a javascript: URL'));
  });
});

describe('membership data that cannot be true fails the build, naming the file and the period', () => {
  const built = once(() =>
    buildWith('impossible-membership', (dir) => {
      // Uzbekistan rejoins in 2001 although its first period lasts to 2002: they overlap.
      replaceIn(
        dir,
        'content/states/uzbekistan.mdx',
        "{ from: '2005', to: '2012'",
        "{ from: '2001', to: '2012'"
      );
      // Kazakhstan's only period ends before it begins, and then its "member" status is contradicted.
      replaceIn(
        dir,
        'content/states/kazakhstan.mdx',
        "{ from: '1992', status: member",
        "{ from: '1992', to: '1990', status: member"
      );
      // Belarus begins in 1993, but its event (the 1992 treaty) is dated 1992.
      replaceIn(
        dir,
        'content/states/belarus.mdx',
        "{ from: '1992', status: member, event: cst-1992",
        "{ from: '1993', status: member, event: cst-1992"
      );
      // Georgia's only period may have lasted past the newest sources: its "former" status does not follow.
      replaceIn(
        dir,
        'content/states/georgia.mdx',
        "to: '1999', status: member, event: cst-1992, endEvent: azerbaijan-georgia-leave-1999",
        "endedBy: '2026', status: member, event: cst-1992"
      );
    })
  );

  it('two periods of one state that overlap', () => {
    expect(built().status).not.toBe(0);
    expect(built().output).toContain(
      'content/states/uzbekistan.mdx: membership[0] (1992–2002) and membership[1] (2001–2012) overlap'
    );
  });
  it('a period that ends before it begins', () => {
    expect(built().output).toContain(
      'content/states/kazakhstan.mdx: membership[0] (1992–1990) ends (to: 1990) before it begins (from: 1992)'
    );
  });
  it('a status that the last period contradicts', () => {
    expect(built().output).toContain(
      'content/states/kazakhstan.mdx: status is "member", but the last membership period (1992–1990) says "former"'
    );
  });
  it("a status the newest sources cannot confirm (the membership matrix's last column), checked without rendering the matrix", () => {
    expect(built().output).toContain(
      'content/states/georgia.mdx: the last membership period (1992–2026) has only an endedBy date, later than the newest sources (2025)'
    );
    expect(built().output).toContain('Content has membership periods that cannot be true');
  });
  it('a period whose event is dated differently', () => {
    expect(built().output).toMatch(
      /content\/states\/belarus\.mdx: membership\[0\] \(1993–\) begins 1993, but its event "cst-1992" is dated 1992/
    );
  });
});

describe('a build without SITE_URL', () => {
  it('says loudly that its addresses point at the local preview', () => {
    const env = { ...process.env };
    delete env['SITE_URL'];
    // Any bad content will do: the warning comes before the content is read.
    const { output } = buildWith(
      'no-site-url',
      (dir) => replaceIn(dir, 'content/states/georgia.mdx', /^summary:.*$/m, ''),
      env
    );
    expect(output).toContain('SITE_URL is not set');
    expect(output).toContain('point at http://127.0.0.1:4321');
    expect(output).toContain('SITE_URL=https://your.domain npm run build');
  });
});
