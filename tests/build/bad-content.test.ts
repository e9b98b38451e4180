/**
 * Bad content must fail the build with a message that names the file and the problem. The rules
 * are pure functions, unit-tested as functions (tests/unit/: references, pinpoints, sections,
 * mdx-policy, membership-checks, map, content-schemas, yaml-list, remark-heading-ids,
 * post-build-steps). What only a build can show is that the data layer runs every rule and that
 * Astro prints what it finds: so ONE copy of the project, broken in every way the data layer
 * checks at once and built without SITE_URL, is built once, and each `it` reads its output.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWith, replaceIn, workFolder, type BuiltCopy } from './build-copy';

const work = workFolder('csto-bad-content-');
afterAll(work.remove);

const appendTo = (dir: string, file: string, text: string) => {
  const path = join(dir, file);
  writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\n\n${text}\n`);
};

/** Every fault the data layer checks, planted in one copy. */
function plantFaults(dir: string) {
  // Unknown ids: a source and a state in an event, a source in a <Cite>, a person in search names.
  replaceIn(dir, 'content/events/events.yaml', /sources: \[forbes/, 'sources: [forbs');
  replaceIn(dir, 'content/events/events.yaml', /countries: \[armenia/, 'countries: [armenai');
  replaceIn(dir, 'content/pages/outlook.mdx', /<Cite s="caliber/, '<Cite s="calibre');
  replaceIn(dir, 'content/search-names.yaml', '  pashinyan: [', '  pashinyn: [');

  // Bad citations: beyond the last paragraph, a run backwards, a paragraph missing from the guide,
  // no paragraph at all, and a <Cite> that names nothing.
  replaceIn(
    dir,
    'content/events/events.yaml',
    /sources: \[(eurasia-review|forbes|caliber|explainer|filenews):\d+(-\d+)?(?=[,\]])/,
    'sources: [forbes:5-3'
  );
  replaceIn(dir, 'content/sources/forbes.mdx', /( {2}- n: 15\n {4}line: 21\n) {4}gist: .*\n/, '$1');
  appendTo(
    dir,
    'content/pages/outlook.mdx',
    [
      'A claim. <Cite s="forbes:99" />',
      'A claim. <Cite s="forbes:15" />',
      'A claim. <Cite s="caliber" />',
      'A claim. <Cite s="forbes:2" /> Another. <Cite s="" />',
    ].join('\n\n')
  );

  // A section that cites nothing, then one of markup the Content-Security-Policy would block.
  appendTo(
    dir,
    'content/pages/analysis.mdx',
    '<h2 id="uncited-claims">Uncited claims</h2>\n\nA claim with no source.'
  );
  appendTo(
    dir,
    'content/pages/analysis.mdx',
    '<h2 id="blocked-markup">Blocked markup</h2>\n\nA claim. <Cite s="forbes:2" />\n\n<script>alert(1)</script>\n\n<span onClick="alert(1)">Click</span> and <span style="color: red">red</span>.\n\n<iframe src="https://video.example.org/embed/1" title="Video"></iframe>\n\n![A chart](https://example.org/chart.png)\n\n[Run it](javascript:alert(1))'
  );

  // A state the status map has no shape for.
  writeFileSync(
    join(dir, 'content/states/atlantis.mdx'),
    readFileSync(join(dir, 'content/states/tajikistan.mdx'), 'utf8').replace(
      /^name: .*$/m,
      'name: Atlantis'
    )
  );

  // Membership periods that cannot be true.
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
}

let built: BuiltCopy | undefined;
/** The one build, made by the first test that asks (each test can run alone). */
function build(): BuiltCopy {
  if (!built) {
    const env = { ...process.env };
    delete env['SITE_URL'];
    built = buildWith(work.path, 'every-fault', plantFaults, env);
  }
  return built;
}
const output = () => build().output;
const line = (text: string) =>
  new RegExp(`content/pages/analysis\\.mdx:\\d+: ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

describe('a copy with every kind of bad content fails to build', () => {
  it('exits with an error before any page is written, naming each kind of problem', () => {
    expect(build().status).not.toBe(0);
    for (const kind of [
      'names an entry that does not exist',
      'has a bad citation',
      'has a section that cites nothing',
      'has membership periods that cannot be true',
      'has markup the browser would block',
      'has a state the map cannot draw',
    ])
      expect(output()).toContain(kind);
    expect(output()).not.toContain('has a source that nothing cites');
  });

  it('without SITE_URL, it says loudly that its addresses point at the local preview', () => {
    expect(output()).toContain('SITE_URL is not set');
    expect(output()).toContain('point at http://127.0.0.1:4321');
    expect(output()).toContain('SITE_URL=https://your.domain npm run build');
  });
});

describe('unknown ids are named with the file', () => {
  it('an unknown source and an unknown state in an event', () => {
    expect(output()).toMatch(/content\/events\/events\.yaml.*unknown source "forbs"/);
    expect(output()).toMatch(/content\/events\/events\.yaml.*unknown state "armenai"/);
  });
  it('an unknown source in a <Cite>, with the MDX file', () => {
    expect(output()).toMatch(/content\/pages\/outlook\.mdx.*unknown source "calibre"/);
  });
  it('a search-only name for a person who does not exist', () => {
    expect(output()).toMatch(/content\/search-names\.yaml.*person "pashinyn"/);
  });
});

describe('a bad citation names the file, the citation and the problem', () => {
  it("a paragraph beyond the source's last", () => {
    expect(output()).toContain(
      'content/pages/outlook.mdx: <Cite> cites "forbes:99": paragraph 99 is beyond the last paragraph of forbes (15)'
    );
  });
  it('a run that goes backwards, in a data file', () => {
    expect(output()).toMatch(
      /content\/events\/events\.yaml: event "[a-z0-9-]+" cites "forbes:5-3": "forbes:5-3" has a run that goes backwards \(5-3\)/
    );
  });
  it("a paragraph missing from the source's paragraph guide", () => {
    expect(output()).toContain(
      'content/pages/outlook.mdx: <Cite> cites "forbes:15": paragraph 15 of forbes is missing from its paragraph guide'
    );
  });
  it('a citation that names no paragraph', () => {
    expect(output()).toContain(
      'content/pages/outlook.mdx: <Cite> cites "caliber": "caliber" names no paragraph'
    );
  });
  it('a <Cite> that names no source', () => {
    expect(output()).toContain('content/pages/outlook.mdx: <Cite s="" /> names no source');
  });
});

describe('a section that cites nothing', () => {
  it('names the file and the section, as its own kind of problem', () => {
    expect(output()).toContain(
      'content/pages/analysis.mdx: section "Uncited claims" (#uncited-claims) cites no source'
    );
  });
});

describe("markup that the pages' security policy would block names the file and line", () => {
  it('an inline <script>', () => {
    expect(output()).toMatch(
      line('<script> is not allowed: inline scripts are blocked by the Content-Security-Policy')
    );
  });
  it('an event-handler attribute and a style attribute', () => {
    expect(output()).toMatch(line('<span onClick> is an inline event handler'));
    expect(output()).toMatch(line('<span style> is an inline style'));
  });
  it('an <iframe> from another site', () => {
    expect(output()).toMatch(line('<iframe> is not allowed'));
    expect(output()).toMatch(
      line('<iframe src="https://video.example.org/embed/1"> loads from another site')
    );
  });
  it('an image from another site, and a javascript: link', () => {
    expect(output()).toMatch(line('the image https://example.org/chart.png is on another site'));
    expect(output()).toMatch(line('the link javascript:alert(1) is a javascript: URL'));
  });
});

describe('a state the status map cannot draw', () => {
  it('names the file and the state', () => {
    expect(output()).toContain(
      'content/states/atlantis.mdx: the status map has no shape for state "atlantis"'
    );
  });
});

describe('membership data that cannot be true names the file and the period', () => {
  it('two periods of one state that overlap', () => {
    expect(output()).toContain(
      'content/states/uzbekistan.mdx: membership[0] (1992–2002) and membership[1] (2001–2012) overlap'
    );
  });
  it('a period that ends before it begins, and the status it then contradicts', () => {
    expect(output()).toContain(
      'content/states/kazakhstan.mdx: membership[0] (1992–1990) ends (to: 1990) before it begins (from: 1992)'
    );
    expect(output()).toContain(
      'content/states/kazakhstan.mdx: status is "member", but the last membership period (1992–1990) says "former"'
    );
  });
  it("a status the newest sources cannot confirm (the membership matrix's last column)", () => {
    expect(output()).toContain(
      'content/states/georgia.mdx: the last membership period (1992–2026) has only an endedBy date, later than the newest sources (2025)'
    );
  });
  it('a period whose event is dated differently', () => {
    expect(output()).toMatch(
      /content\/states\/belarus\.mdx: membership\[0\] \(1993–\) begins 1993, but its event "cst-1992" is dated 1992/
    );
  });
});
