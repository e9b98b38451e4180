/**
 * For a fact-checker: every paragraph of one source, as printed, its gist in the guide, and every
 * block of the built site that cites it, with the citation markers shown inline as [source:¶].
 *
 *   npm run citations:report -- forbes > forbes-report.md      (after npm run build)
 *
 * Reads the texts from SOURCES_DIR (default ../shared/sources/) and the build from dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { builtPageFiles } from '../src/build/built-pages.ts';
import { mustParsePinpoint, paragraphsOf, sourceOf } from '../src/lib/citations/pinpoints.ts';
import { sectionedBlocksOf } from '../tests/support/source-integrity.ts';

const id = process.argv[2];
if (!id) {
  console.error(
    'Usage: npm run citations:report -- <source id>   (filenews, forbes, explainer, caliber, eurasia-review)'
  );
  process.exit(2);
}
const sourcesDir = resolve(process.env.SOURCES_DIR ?? '../shared/sources/');
const front = parse(
  readFileSync(join('content/sources', `${id}.mdx`), 'utf8').split(/^---$/m)[1] ?? ''
) as {
  file: string;
  paragraphs: { n: number; line: number; gist?: string }[];
};
const sourceFile = join(sourcesDir, front.file);
if (!existsSync(sourceFile)) {
  console.error(
    `citations:report reads the source texts, and ${sourceFile} does not exist.\n` +
      '  Put the shared folder (sources/) beside this repository as ../shared, or set\n' +
      '  SOURCES_DIR=/path/to/sources.'
  );
  process.exit(2);
}
const lines = readFileSync(sourceFile, 'utf8').split('\n');

const citing = new Map<number, string[]>();
for (const page of builtPageFiles(process.env.SITE_DIR ?? 'dist')) {
  for (const block of sectionedBlocksOf(readFileSync(page.file, 'utf8'))) {
    const text = block.tokens
      .map((t) => ('text' in t ? t.text : 'cite' in t ? ` [${t.cite.join(' ')}]` : ''))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    const cited = new Set(
      block.tokens
        .flatMap((t) => ('cite' in t ? t.cite : []))
        .filter((raw) => sourceOf(raw) === id && raw.includes(':'))
        .flatMap((raw) => paragraphsOf(mustParsePinpoint(raw)))
    );
    for (const n of cited)
      citing.set(n, [
        ...(citing.get(n) ?? []),
        `- ${page.path}${block.section ? `#${block.section}` : ''}: ${text}`,
      ]);
  }
}

console.log(`# ${id}: every paragraph and everything on the site that cites it\n`);
for (const p of front.paragraphs) {
  console.log(
    `## ¶${p.n} (line ${p.line})\n\n> ${lines[p.line - 1]?.trim()}\n\nGuide: ${p.gist ?? '(no gist)'}\n`
  );
  const places = [...new Set(citing.get(p.n) ?? [])];
  console.log(
    places.length
      ? `Cited by (${places.length}):\n${places.join('\n')}\n`
      : 'Not cited on the site.\n'
  );
}
