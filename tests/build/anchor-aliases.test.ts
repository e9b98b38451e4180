/**
 * content/anchor-aliases.yaml keeps renamed section ids landing (src/integrations/anchor-aliases.ts).
 * The real file is empty, so these cases build a copy of the project with a non-empty one: a
 * renamed heading whose old id, and an old link to it, still land; and an alias to an id that does
 * not exist, which must fail the build naming the file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWith, replaceIn, workFolder } from './build-copy';

const work = workFolder('csto-anchor-aliases-');
afterAll(work.remove);

const ALIASES = 'content/anchor-aliases.yaml';
const appendTo = (dir: string, file: string, text: string) =>
  writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8').trimEnd()}\n\n${text}\n`);

describe('anchor aliases', () => {
  it('a renamed heading keeps its old id landing: the alias sits on the renamed heading, and an old link to it passes the link check', () => {
    const { dir, status, output } = buildWith(work.path, 'working-alias', (copy) => {
      replaceIn(
        copy,
        'content/states/armenia.mdx',
        '<h2 id="grievances">',
        '<h2 id="grievances-with-the-bloc">'
      );
      writeFileSync(
        join(copy, ALIASES),
        '- from: /states/armenia/#grievances\n  to: /states/armenia/#grievances-with-the-bloc\n  note: renamed in a test\n'
      );
      // A link written before the rename: the link check runs after the aliases, so it must resolve.
      appendTo(
        copy,
        'content/pages/outlook.mdx',
        'See [Armenia\'s grievances](/states/armenia/#grievances). <Cite s="forbes:2" />'
      );
    });
    expect(output).toContain('1 anchor aliases applied');
    expect(status).toBe(0);
    const html = readFileSync(join(dir, 'dist/states/armenia/index.html'), 'utf8');
    expect(html).toMatch(
      /<span id="grievances" class="anchor-alias"><\/span><h2 id="grievances-with-the-bloc"/
    );
    expect(html.match(/\sid="grievances"/g)).toHaveLength(1);
  });

  it('an alias to an id that does not exist fails the build, naming the file, the page and the id', () => {
    const { status, output } = buildWith(work.path, 'alias-to-nowhere', (copy) => {
      writeFileSync(
        join(copy, ALIASES),
        '- from: /states/armenia/#old-section\n  to: /states/armenia/#no-such-section\n'
      );
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/anchor-aliases.yaml: on /states/armenia/, no element has the id "no-such-section" that an alias points to'
    );
  });
});
