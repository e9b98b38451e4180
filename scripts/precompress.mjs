#!/usr/bin/env node
/**
 * Writes a .gz and a .br copy beside every text file of a build (deploy/headers.mjs names the
 * kinds), at the highest levels, so a server sends them as they are instead of compressing each
 * response (nginx: gzip_static and brotli_static; scripts/serve.mjs with compressed: true).
 * A copy that would not be smaller is not written. Runs as part of `npm run build`.
 *
 *   node scripts/precompress.mjs [dir]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { COMPRESSIBLE } from '../deploy/headers.mjs';

/** Compresses every matching file below `dir`; returns the bytes before and after (brotli). */
export function precompress(dir) {
  const totals = { files: 0, raw: 0, br: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const data = readFileSync(file);
    const gz = gzipSync(data, { level: 9 });
    const br = brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    });
    if (gz.length < data.length) writeFileSync(`${file}.gz`, gz);
    if (br.length < data.length) writeFileSync(`${file}.br`, br);
    totals.files += 1;
    totals.raw += data.length;
    totals.br += Math.min(br.length, data.length);
  }
  return totals;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist';
  const { files, raw, br } = precompress(dir);
  console.log(
    `Precompressed ${files} files in ${dir}: ${(raw / 1024).toFixed(0)} KB → ${(br / 1024).toFixed(0)} KB brotli.`
  );
}
