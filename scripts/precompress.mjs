#!/usr/bin/env node
/**
 * Writes a .gz and a .br copy beside every text file of a build (deploy/headers.mjs names the
 * kinds), at the highest levels, so a server sends them as they are instead of compressing each
 * response (nginx: gzip_static and brotli_static; scripts/serve.mjs with compressed: true).
 * A copy that would not be smaller is not written.
 *
 * Only the build that is served precompressed runs it (`npm run build:production`, and
 * `npm run build:nginx` for the tests): brotli at quality 11 is slow, and `npm run build` and
 * `npm start` have no use for its output. Files are compressed in parallel (zlib's thread pool,
 * one job per core), and each result is kept in node_modules/.cache/csto-precompress/ under the
 * SHA-256 of the file's bytes, so a rebuild compresses only the files whose content changed.
 * Each run lists the hashes it used under runs/ (one list per output folder: `build:production`
 * and `build:nginx` keep theirs), and entries no list names are deleted, so the cache holds the
 * last run of each folder instead of every file ever compressed.
 *
 *   node scripts/precompress.mjs [dir]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { COMPRESSIBLE } from '../deploy/headers.mjs';

export const CACHE = join(process.cwd(), 'node_modules', '.cache', 'csto-precompress');
const compressors = {
  gz: (data) => promisify(gzip)(data, { level: 9 }),
  br: (data) =>
    promisify(brotliCompress)(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
};

/** The compressed bytes of `data`, from the cache or made now (and then cached). */
async function compressed(kind, data, hash, totals) {
  const cached = join(totals.cache, `${hash}.${kind}`);
  try {
    return await readFile(cached);
  } catch {
    const made = await compressors[kind](data);
    // Written aside and renamed: builds running side by side share the cache.
    const aside = `${cached}.${process.pid}`;
    await writeFile(aside, made);
    await rename(aside, cached);
    totals.made += 1;
    return made;
  }
}

async function compressFile(file, totals) {
  const data = await readFile(file);
  const hash = createHash('sha256').update(data).digest('hex');
  let smallest = data.length;
  for (const kind of ['gz', 'br']) {
    const bytes = await compressed(kind, data, hash, totals);
    if (bytes.length < data.length) {
      await writeFile(`${file}.${kind}`, bytes);
      if (kind === 'br') smallest = bytes.length;
    } else await rm(`${file}.${kind}`, { force: true });
  }
  totals.used.add(hash);
  totals.files += 1;
  totals.raw += data.length;
  totals.br += smallest;
}

/**
 * Compresses every matching file below `dir`. Returns how many files, how many copies were
 * compressed now (not taken from the cache), and the bytes before and after (brotli).
 */
export async function precompress(dir, { jobs = availableParallelism(), cache = CACHE } = {}) {
  mkdirSync(cache, { recursive: true });
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const totals = { cache, files: 0, made: 0, raw: 0, br: 0, used: new Set() };
  let next = 0;
  const worker = async () => {
    while (next < files.length) await compressFile(files[next++], totals);
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  const dropped = await prune(cache, dir, totals.used);
  const { files: count, made, raw, br } = totals;
  return { files: count, made, raw, br, dropped };
}

/**
 * Records the hashes this run of `dir` used, then deletes the cache entries that no folder's last
 * run used. Returns how many were deleted.
 */
async function prune(cache, dir, used) {
  const runs = join(cache, 'runs');
  mkdirSync(runs, { recursive: true });
  const list = join(
    runs,
    `${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16)}.txt`
  );
  await writeFile(`${list}.${process.pid}`, [...used].join('\n'));
  await rename(`${list}.${process.pid}`, list);
  const kept = new Set();
  for (const run of readdirSync(runs).filter((name) => name.endsWith('.txt')))
    for (const hash of readFileSync(join(runs, run), 'utf8').split('\n')) kept.add(hash);
  let dropped = 0;
  for (const name of readdirSync(cache)) {
    const entry = /^([0-9a-f]{64})\.(gz|br)$/.exec(name);
    if (entry && !kept.has(entry[1])) {
      await rm(join(cache, name), { force: true });
      dropped += 1;
    }
  }
  return dropped;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist';
  const started = performance.now();
  const { files, made, raw, br, dropped } = await precompress(dir);
  console.log(
    `Precompressed ${files} files in ${dir}: ${(raw / 1024).toFixed(0)} KB → ${(br / 1024).toFixed(0)} KB brotli; ${made} of ${files * 2} copies compressed now, the rest from the cache; ${dropped} unused cache entries deleted (${((performance.now() - started) / 1000).toFixed(1)} s).`
  );
}
