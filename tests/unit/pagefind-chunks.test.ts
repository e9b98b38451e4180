import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chunkStart,
  cutWords,
  readPagefindFile,
  rechunkPagefindIndex,
} from '../../src/build/pagefind-chunks';

/** Pagefind's lookup (pagefind_web, try_request_indexes): the first chunk with from <= word <= to. */
const chunkOf = (chunks: [string, string, string][], word: string) =>
  chunks.find(([from, to]) => word >= from && word <= to);

describe('where a chunk starts', () => {
  it('is the shortest prefix of its first word that sorts after the chunk before', () => {
    expect(chunkStart('apple', 'apricot')).toBe('apr');
    expect(chunkStart('cataraman', 'yacht')).toBe('y');
    expect(chunkStart('cath', 'cathartic')).toBe('catha');
    expect(chunkStart('армения', 'армянский')).toBe('армя');
  });
});

describe('cutting the words', () => {
  const words = ['apple', 'apricot', 'banana', 'cath', 'cathartic', 'peach', 'pear', 'yacht'].map(
    (word) => [word, [[0, [-25, 1, 2]]], []] as [string, ...unknown[]]
  );

  it('keeps every word once and in order, in runs of about the size asked', () => {
    const chunks = cutWords(words, 40);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.flatMap((c) => c.words)).toEqual(words);
  });

  it("lets Pagefind's lookup find each word in its own chunk, the last ones too", () => {
    const chunks = cutWords(words, 40);
    const meta = chunks.map((c, i) => [c.from, c.to, String(i)] as [string, string, string]);
    chunks.forEach((chunk, i) => {
      for (const [word] of chunk.words) expect(chunkOf(meta, word)?.[2]).toBe(String(i));
    });
  });
});

describe("re-chunking Pagefind's output", () => {
  let dir: string;
  let before: string[];
  const words = (bundle: string, hashes: string[]) =>
    hashes.flatMap(
      (hash) =>
        (
          readPagefindFile(readFileSync(join(bundle, 'index', `${hash}.pf_index`)), hash) as [
            [string][],
          ]
        )[0]
    );

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
    const { index } = await pagefind.createIndex({});
    const vocabulary = Array.from({ length: 400 }, (_, i) => `word${i.toString(36)}x`);
    for (let page = 0; page < 20; page++) {
      const text = vocabulary.filter((_, i) => i % 20 === page || i % 7 === page % 7).join(' ');
      await index!.addHTMLFile({
        url: `/page-${page}/`,
        content: `<html lang="en"><body><h1>Page ${page}</h1><p>${text} Armenia</p></body></html>`,
      });
    }
    await index!.writeFiles({ outputPath: dir });
    await pagefind.close();
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
    const meta = readPagefindFile(
      readFileSync(join(dir, `pagefind.${entry.languages.en.hash}.pf_meta`)),
      'meta'
    ) as unknown[];
    before = words(
      dir,
      (meta[2] as string[][]).map((c) => c[2]!)
    ).map((w) => w[0]);
    rechunkPagefindIndex(dir, 600);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes smaller chunks holding the same words, listed in a new metadata file', () => {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
    const metaFiles = readdirSync(dir).filter((f) => f.endsWith('.pf_meta'));
    expect(metaFiles).toEqual([`pagefind.${entry.languages.en.hash}.pf_meta`]);
    const meta = readPagefindFile(readFileSync(join(dir, metaFiles[0]!)), 'meta') as unknown[];
    const chunks = meta[2] as [string, string, string][];
    expect(chunks.length).toBeGreaterThan(3);
    // No chunk file is left that the metadata does not list.
    expect(readdirSync(join(dir, 'index')).sort()).toEqual(
      chunks.map(([, , hash]) => `${hash}.pf_index`).sort()
    );
    expect(
      words(
        dir,
        chunks.map(([, , hash]) => hash)
      ).map((w) => w[0])
    ).toEqual(before);
    for (const [, , hash] of chunks) {
      const inChunk = words(dir, [hash]).map((w) => w[0]);
      for (const word of inChunk) expect(chunkOf(chunks, word)?.[2]).toBe(hash);
    }
  });

  it('refuses a file it cannot write back byte for byte (a change of format)', () => {
    // 5 written on two bytes where CBOR's shortest form takes one.
    const odd = gzipSync(
      Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x81, 0x18, 5])])
    );
    writeFileSync(join(dir, 'odd'), odd);
    expect(() => readPagefindFile(readFileSync(join(dir, 'odd')), 'odd')).toThrow(
      /format has changed/
    );
    expect(() => readPagefindFile(gzipSync(Buffer.from('nothing')), 'plain')).toThrow(
      /not a Pagefind file/
    );
  });
});
