/**
 * The steps that run after Astro has written the pages (astro.config.mjs): anchor aliases, then
 * the link check. Run here as the build runs them, on a small site written to a temporary folder:
 * a renamed heading whose old id and an old link to it still land, an alias to an id that does
 * not exist, and a broken link and a missing #fragment, each failing with the file and the problem.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import config from '../../astro.config.mjs';
import { anchorAliases } from '../../src/integrations/anchor-aliases';
import { checkLinks } from '../../src/integrations/check-links';

const work = mkdtempSync(join(tmpdir(), 'csto-post-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main>${body}</main></body></html>`;
const ARMENIA = page(
  'Armenia',
  '<h1 id="top">Armenia</h1><h2 class="section" id="grievances-with-the-bloc">Grievances</h2><p>…</p>'
);

/** Writes a site ({ "states/armenia/index.html": html, … }) and an aliases file into a fresh folder. */
function site(name: string, files: Record<string, string>, aliases: string) {
  const dir = join(work, name);
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'dist', path)), { recursive: true });
    writeFileSync(join(dir, 'dist', path), html);
  }
  writeFileSync(join(dir, 'anchor-aliases.yaml'), aliases);
  return dir;
}

/** Runs the two steps' hooks the way astro build does, in the configuration's order. */
async function postBuild(dir: string): Promise<string[]> {
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m), warn: () => {}, error: () => {} };
  const steps: AstroIntegration[] = [
    anchorAliases({ file: join(dir, 'anchor-aliases.yaml') }),
    checkLinks(),
  ];
  for (const step of steps) {
    const hooks = step.hooks as Record<string, (options: unknown) => unknown>;
    await hooks['astro:config:done']?.({ config: { base: '/' } });
    await hooks['astro:build:done']?.({ dir: pathToFileURL(`${join(dir, 'dist')}/`), logger });
  }
  return logged;
}

describe('after the build', () => {
  it('anchor aliases run before the link check (astro.config.mjs)', () => {
    const names = (config.integrations ?? []).flat().map((i) => (i as AstroIntegration).name);
    expect(names.indexOf('anchor-aliases')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('anchor-aliases')).toBeLessThan(names.indexOf('check-links'));
  });

  it("a renamed heading's old id lands on it through an alias in both editions, and an old link to it passes the link check", async () => {
    const dir = site(
      'working-alias',
      {
        'index.html': page(
          'Home',
          '<h1>Home</h1><a href="/states/armenia/#grievances">old link</a>'
        ),
        'states/armenia/index.html': ARMENIA,
        'ru/states/armenia/index.html': ARMENIA,
      },
      '- from: /states/armenia/#grievances\n  to: /states/armenia/#grievances-with-the-bloc\n  note: renamed in a test\n'
    );
    const logged = await postBuild(dir);
    expect(logged).toContain('1 anchor aliases applied');
    expect(logged.join('\n')).toMatch(/3 pages: every internal link and #fragment resolves/);
    for (const path of ['dist/states/armenia/index.html', 'dist/ru/states/armenia/index.html'])
      expect(readFileSync(join(dir, path), 'utf8')).toContain(
        '<span id="grievances" class="anchor-alias"></span><h2 class="section" id="grievances-with-the-bloc">'
      );
  });

  it('an alias to an id that does not exist fails, naming the file, the page and the id', async () => {
    const dir = site(
      'alias-to-nowhere',
      { 'index.html': page('Home', '<h1>Home</h1>'), 'states/armenia/index.html': ARMENIA },
      '- from: /states/armenia/#old-section\n  to: /states/armenia/#no-such-section\n'
    );
    await expect(postBuild(dir)).rejects.toThrow(
      'anchor-aliases.yaml: on /states/armenia/, no element has the id "no-such-section" that an alias points to'
    );
  });

  it('a broken internal link and a missing anchor fail, naming the page and the link', async () => {
    const dir = site(
      'broken-link',
      {
        'outlook/index.html': page(
          'Outlook',
          '<h1>Outlook</h1><a href="/states/atlantis/">nowhere</a> <a href="/states/armenia/#no-such-section">no anchor</a>'
        ),
        'states/armenia/index.html': ARMENIA,
      },
      '[]\n'
    );
    const failure = postBuild(dir);
    await expect(failure).rejects.toThrow(
      '/outlook/: link "/states/atlantis/" points at /states/atlantis/, which is not a page of the site'
    );
    await expect(failure).rejects.toThrow(
      '/outlook/: link "/states/armenia/#no-such-section" points at #no-such-section, which does not exist on /states/armenia/'
    );
  });
});
