/**
 * The built site against its five source articles (see tests/support/source-integrity.ts):
 * every quotation stands in the paragraph its citation names, no run of ten or more words is
 * copied, and each source's paragraph guide matches its text file line by line.
 *
 * The texts live outside the repository, in ../shared/sources/ by default; SOURCES_DIR points
 * elsewhere. Run after a build (npm test does): npm run check:citations.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { builtPageFiles } from '../../src/build/built-pages';
import { checkGuide, checkPage, type SourceText } from '../support/source-integrity';

const SOURCES_DIR = resolve(process.env.SOURCES_DIR ?? '../shared/sources/');
const SITE_DIR = process.env.SITE_DIR ?? 'dist';

function loadSources(): Map<string, SourceText> {
  if (!existsSync(SOURCES_DIR) || !readdirSync(SOURCES_DIR).some((name) => name.endsWith('.txt'))) {
    throw new Error(
      `The source texts are not in ${SOURCES_DIR}. They are kept outside the repository: set SOURCES_DIR to the folder ` +
        'that holds the five .txt articles (by default ../shared/sources/ beside the project), e.g. SOURCES_DIR=/path/to/sources npm run check:citations'
    );
  }
  const sources = new Map<string, SourceText>();
  for (const name of readdirSync('content/sources').filter((n) => n.endsWith('.mdx'))) {
    const id = name.replace(/\.mdx$/, '');
    const frontmatter = parse(
      readFileSync(join('content/sources', name), 'utf8').split(/^---$/m)[1] ?? ''
    );
    const file = join(SOURCES_DIR, frontmatter.file);
    if (!existsSync(file))
      throw new Error(
        `content/sources/${name} names ${frontmatter.file}, which is not in ${SOURCES_DIR}`
      );
    sources.set(id, {
      id,
      text: readFileSync(file, 'utf8'),
      paragraphs: frontmatter.paragraphs ?? [],
      unnumbered: frontmatter.unnumbered ?? [],
    });
  }
  return sources;
}

const sources = loadSources();
const pages = builtPageFiles(SITE_DIR);

describe('the paragraph guides match the source texts', () => {
  for (const source of sources.values()) {
    it(`${source.id}: every numbered paragraph on its line, every other line accounted for`, () => {
      expect(
        source.paragraphs.length,
        `content/sources/${source.id}.mdx has no paragraph guide`
      ).toBeGreaterThan(0);
      expect(checkGuide(source)).toEqual([]);
    });
  }
});

describe('the built pages keep to the sources', () => {
  it('finds the built pages', () => {
    expect(pages.length, `no pages in ${SITE_DIR}/: run npm run build first`).toBeGreaterThan(50);
  });
  const results = pages.map((page) => ({
    page,
    ...checkPage(page.path, readFileSync(page.file, 'utf8'), sources),
  }));
  it('every quotation stands in the paragraph its citation names', () => {
    expect(results.flatMap((r) => r.misquotations)).toEqual([]);
  });
  it('no run of ten or more words is copied from a source outside quotation marks', () => {
    expect(results.flatMap((r) => r.copied)).toEqual([]);
  });
});
