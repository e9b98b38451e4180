/**
 * Bad content must fail the build with a message that names the file and the problem. Each case
 * copies the project into a temporary folder, breaks one thing, runs `astro build` there and
 * reads what it printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = resolve(import.meta.dirname, '../..');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'csto-bad-content-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh copy of the project with `edit` applied; returns the build's exit code and output. */
function buildWith(name: string, edit: (dir: string) => void): { status: number | null; output: string } {
  const dir = join(work, name);
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  edit(dir);
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const replaceIn = (dir: string, file: string, from: string | RegExp, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture did not apply: ${String(from)} not found in ${file}`);
  writeFileSync(path, next);
};

describe('a bad content file fails the build with a clear message', () => {
  it('a mistyped field value (status) names the file and the allowed values', () => {
    const { status, output } = buildWith('bad-status', (dir) => replaceIn(dir, 'content/states/armenia.mdx', /^status: \w+$/m, 'status: memebr'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/armenia/);
    expect(output).toMatch(/status/);
    expect(output).toMatch(/member/);
  });

  it('a missing required field names the file and the field', () => {
    const { status, output } = buildWith('missing-summary', (dir) => replaceIn(dir, 'content/states/georgia.mdx', /^summary:.*$/m, ''));
    expect(status).not.toBe(0);
    expect(output).toMatch(/georgia/);
    expect(output).toMatch(/summary/);
  });

  it('an invalid date names the problem', () => {
    const { status, output } = buildWith('bad-date', (dir) => replaceIn(dir, 'content/events/events.yaml', /date: '?2012'?/, "date: '2012-13'"));
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
    const { status, output } = buildWith('unknown-cite', (dir) => replaceIn(dir, 'content/pages/outlook.mdx', /<Cite s="caliber/, '<Cite s="calibre'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/pages\/outlook\.mdx.*unknown source "calibre"/);
  });

  it('a duplicate event id names both items', () => {
    const { status, output } = buildWith('duplicate-id', (dir) => {
      const path = join(dir, 'content/events/events.yaml');
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, `${text.trimEnd()}\n- id: csto-2002\n  date: '2002'\n  title: Copy\n  kind: founding\n  summary: A copy.\n  sources: [eurasia-review]\n`);
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/events\/events\.yaml, item \d+: duplicate id "csto-2002", already used by item \d+/);
  });

  it('a YAML syntax error in a data file names the file instead of emptying the collection', () => {
    const { status, output } = buildWith('bad-yaml', (dir) => replaceIn(dir, 'content/people/people.yaml', /^- id: putin$/m, '- id: [putin'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/people/people.yaml: not valid YAML');
  });

  it('a search-only name for an entry that does not exist names the file and the id', () => {
    const { status, output } = buildWith('bad-search-name', (dir) => replaceIn(dir, 'content/search-names.yaml', '  pashinyan: [', '  pashinyn: ['));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/search-names\.yaml/);
    expect(output).toMatch(/person "pashinyn"/);
  });

  it('a section that cites nothing names the file and the section', () => {
    const { status, output } = buildWith('uncited-section', (dir) => {
      const path = join(dir, 'content/pages/analysis.mdx');
      writeFileSync(path, `${readFileSync(path, 'utf8')}\n\n<h2 id="uncited-claims">Uncited claims</h2>\n\nA claim with no source.\n`);
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/pages/analysis.mdx: section "Uncited claims" (#uncited-claims) cites no source');
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
      writeFileSync(path, `${readFileSync(path, 'utf8')}\n\nSee [nowhere](/states/atlantis/) and [no anchor](/states/armenia/#no-such-section). <Cite s="forbes" />\n`);
    });
    expect(status).not.toBe(0);
    expect(output).toContain('/outlook/: link "/states/atlantis/" points at /states/atlantis/, which is not a page of the site');
    expect(output).toContain('/outlook/: link "/states/armenia/#no-such-section" points at #no-such-section, which does not exist on /states/armenia/');
  });
});
