import { afterAll, describe, expect, it } from 'vitest';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from '../../scripts/precompress.mjs';

const work = mkdtempSync(join(tmpdir(), 'csto-precompress-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('precompression', () => {
  const site = join(work, 'site');
  const cache = join(work, 'cache');
  const page = join(site, 'a', 'index.html');
  const text = `<!doctype html><p>${'The CSTO, again and again. '.repeat(200)}</p>`;
  mkdirSync(join(site, 'a'), { recursive: true });
  writeFileSync(page, text);
  writeFileSync(join(site, 'tiny.txt'), 'x');
  writeFileSync(join(site, 'card.png'), 'not text');

  it('writes brotli and gzip copies that decompress to the file, only where they are smaller', async () => {
    const first = await precompress(site, { cache });
    expect(first).toMatchObject({ files: 2, made: 4 });
    expect(brotliDecompressSync(readFileSync(`${page}.br`)).toString()).toBe(text);
    expect(gunzipSync(readFileSync(`${page}.gz`)).toString()).toBe(text);
    expect(existsSync(join(site, 'tiny.txt.br'))).toBe(false);
    expect(existsSync(join(site, 'card.png.br'))).toBe(false);
  });

  it('compresses again only the files whose content changed', async () => {
    expect(await precompress(site, { cache })).toMatchObject({ files: 2, made: 0 });
    writeFileSync(page, `${text}<p>One more line.</p>`);
    expect(await precompress(site, { cache, jobs: 1 })).toMatchObject({ files: 2, made: 2 });
    expect(brotliDecompressSync(readFileSync(`${page}.br`)).toString()).toContain('One more line');
  });

  it("keeps only what each folder's last run used", async () => {
    const entries = () => readdirSync(cache).filter((name) => /\.(gz|br)$/.test(name));
    // The run above replaced the page: its first version's two copies are gone (the page's and
    // tiny.txt's are left).
    expect(entries()).toHaveLength(4);
    // Another folder (build:nginx beside build:production) keeps its own entries beside these.
    const other = join(work, 'other');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'index.html'), `${text}<p>Another build.</p>`);
    expect(await precompress(other, { cache })).toMatchObject({ made: 2, dropped: 0 });
    expect(entries()).toHaveLength(6);
    expect(await precompress(site, { cache })).toMatchObject({ made: 0, dropped: 0 });
    writeFileSync(page, `${text}<p>A third version.</p>`);
    expect(await precompress(site, { cache })).toMatchObject({ made: 2, dropped: 2 });
    expect(entries()).toHaveLength(6);
  });
});
