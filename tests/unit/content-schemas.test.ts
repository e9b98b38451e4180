/**
 * The schemas of the content collections (src/schemas/), as functions: a bad field fails with a
 * message naming the field and what is allowed. The fixtures are the real content files, read and
 * changed in memory. Astro adds the file to these messages; the yaml-list loader hands it the path.
 */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ZodType } from 'astro/zod';
import { stateSchema } from '../../src/schemas/state';
import { eventSchema } from '../../src/schemas/event';
import { termSchema } from '../../src/schemas/term';
import { yamlList } from '../../src/loaders/yaml-list';

const frontmatter = (file: string) =>
  parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
const firstItem = (file: string) =>
  (parse(readFileSync(file, 'utf8')) as Record<string, unknown>[])[0]!;

/** The schema's messages for `data`, each as "path: message"; [] when it passes. */
function problems(schema: ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the content schemas name the field and the problem', () => {
  const armenia = frontmatter('content/states/armenia.mdx');
  const event = firstItem('content/events/events.yaml');
  const term = firstItem('content/glossary/glossary.yaml');

  it('the real files pass (the fixtures below differ by one field)', () => {
    expect(problems(stateSchema, armenia)).toEqual([]);
    expect(problems(eventSchema, event)).toEqual([]);
    expect(problems(termSchema, term)).toEqual([]);
  });

  it('a mistyped value names the field and the allowed values', () => {
    const [problem] = problems(stateSchema, { ...armenia, status: 'memebr' });
    expect(problem).toMatch(/^status: /);
    expect(problem).toContain('"member"');
    expect(problem).toContain('"former"');
  });

  it('a missing required field names the field', () => {
    const { summary: _, ...rest } = armenia;
    expect(problems(stateSchema, rest)).toEqual([expect.stringMatching(/^summary: /)]);
  });

  it('an impossible date names the problem', () => {
    expect(problems(eventSchema, { ...event, date: '2012-13' })).toEqual([
      'date: "2012-13" has no month 13',
    ]);
  });

  it('a reference that is not a citation says how to write one', () => {
    const [problem] = problems(termSchema, { ...term, sources: ['forbes para 4'] });
    expect(problem).toMatch(/^sources\.0: "forbes para 4" is not a citation/);
  });

  it('an id that is not lower-case letters, digits and hyphens', () => {
    expect(problems(eventSchema, { ...event, id: 'Kazakhstan 2022' })).toEqual([
      expect.stringMatching(/^id: ids are /),
    ]);
  });
});

describe('the yaml-list loader', () => {
  it('hands Astro each item with the file it came from, so a schema error names the file', async () => {
    const parseData = vi.fn(async ({ data }: { data: unknown }) => data);
    const store = { clear: vi.fn(), set: vi.fn() };
    await yamlList('content/events/events.yaml').load({
      config: { root: new URL(`file://${process.cwd()}/`) },
      store,
      parseData,
      generateDigest: () => 'digest',
      logger: { info: vi.fn(), error: vi.fn() },
    } as never);
    expect(parseData).toHaveBeenCalled();
    for (const [call] of parseData.mock.calls)
      expect(call).toMatchObject({ filePath: 'content/events/events.yaml' });
  });
});
