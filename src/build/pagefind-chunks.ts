/**
 * Cuts Pagefind's word index into smaller chunks, after Pagefind has written it.
 *
 * Pagefind sorts the index's words and cuts them into chunks of 20,000 word positions, a size
 * fixed in its code (pagefind/src/index/mod.rs, chunk_index): here about 23 KiB gzip each, four
 * per language. A query fetches the chunk of each of its words, so a query whose two words fall
 * in two chunks cost 46 KiB of index, and free text of four words 65–89 KiB: the first query's
 * goal (under 130 KiB with Pagefind's 71.5 KiB engine) cannot hold with chunks that size. Cut
 * finer, a word costs a few kilobytes of index (README, "Site figures").
 *
 * The files keep Pagefind's format: a chunk is gzip of "pagefind_dcd" and CBOR, an array holding
 * the words in order; the metadata (pagefind.<lang>_<hash>.pf_meta) lists each chunk as
 * [from, to, hash]. Pagefind's engine looks a word up in the first chunk with from <= word <= to.
 * `from` is the shortest prefix of the chunk's first word that sorts after the chunk before (as
 * Pagefind cuts it, so a prefix being typed finds the chunk of the words it starts); `to` is the
 * chunk's last word whole. (Pagefind cuts `to` short too, "app" for "apple", and then misses the
 * last word of each chunk whenever another word of the query is found: with 4 chunks, 3 words;
 * with 30, too many.) A file this code cannot read back byte for byte is refused, so a Pagefind
 * that changes its format fails the build instead of shipping an index its engine misreads.
 *
 * Node only (build time): scripts/search-index.ts runs it over <dist>/pagefind/.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** What Pagefind puts before the CBOR of each file it gzips. */
const SIGNATURE = Buffer.from('pagefind_dcd');

/** A word of the index: [word, pages, …]; only the word is read here. */
type PackedWord = [string, ...unknown[]];
/** One chunk's entry in the metadata. */
type MetaChunk = [from: string, to: string, hash: string];

interface Entry {
  languages: Record<string, { hash: string }>;
}

/** Reads a Pagefind file: gunzip, check the signature, decode the CBOR (and check it re-encodes). */
export function readPagefindFile(bytes: Uint8Array, name: string): unknown {
  const raw = gunzipSync(bytes);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE))
    throw new Error(`${name}: not a Pagefind file (no "pagefind_dcd" signature)`);
  const body = raw.subarray(SIGNATURE.length);
  const value = decode(body);
  if (!Buffer.from(encode(value)).equals(body))
    throw new Error(`${name}: Pagefind's format has changed; cannot re-chunk its index`);
  return value;
}

export function writePagefindFile(value: unknown): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, encode(value)]), { level: 9 });
}

/** The shortest prefix of `first` that sorts after `previous` (previous < first). */
export function chunkStart(previous: string, first: string): string {
  const a = [...previous];
  const b = [...first];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return b.slice(0, common + 1).join('');
}

/**
 * Cuts words (sorted, as Pagefind sorts them) into runs of about `targetBytes` of encoded CBOR
 * each, and gives each run its [from, to].
 */
export function cutWords(
  words: PackedWord[],
  targetBytes: number
): { words: PackedWord[]; from: string; to: string }[] {
  const runs: PackedWord[][] = [];
  let run: PackedWord[] = [];
  let size = 0;
  for (const word of words) {
    run.push(word);
    size += encode(word).length;
    if (size >= targetBytes) {
      runs.push(run);
      run = [];
      size = 0;
    }
  }
  if (run.length > 0) runs.push(run);
  const chunks = runs.map((r) => ({ words: r, from: r[0]![0], to: r.at(-1)![0] }));
  for (let i = 1; i < chunks.length; i++)
    chunks[i]!.from = chunkStart(chunks[i - 1]!.to, chunks[i]!.from);
  return chunks;
}

const shortHash = (bytes: Uint8Array, length: number) =>
  createHash('sha256').update(bytes).digest('hex').slice(0, length);

/**
 * Re-chunks every language's word index in `bundle` (a Pagefind output folder) into chunks of
 * about `targetBytes` of CBOR each; rewrites the metadata and pagefind-entry.json to match and
 * removes the old chunks. Returns each language's chunk count.
 */
export function rechunkPagefindIndex(bundle: string, targetBytes: number): Record<string, number> {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  const counts: Record<string, number> = {};
  for (const [lang, info] of Object.entries(entry.languages)) {
    const metaFile = join(bundle, `pagefind.${info.hash}.pf_meta`);
    const meta = readPagefindFile(readFileSync(metaFile), metaFile) as unknown[];
    const oldChunks = meta[2] as MetaChunk[];
    const words: PackedWord[] = [];
    for (const [, , hash] of oldChunks) {
      const file = join(bundle, 'index', `${hash}.pf_index`);
      const index = readPagefindFile(readFileSync(file), file) as [PackedWord[], ...unknown[]];
      if (index.length !== 1) throw new Error(`${file}: Pagefind's format has changed`);
      words.push(...index[0]);
    }
    const newChunks: MetaChunk[] = cutWords(words, targetBytes).map((chunk) => {
      const bytes = writePagefindFile([chunk.words]);
      const hash = `${lang}_${shortHash(bytes, 7)}`;
      writeFileSync(join(bundle, 'index', `${hash}.pf_index`), bytes);
      return [chunk.from, chunk.to, hash];
    });
    const kept = new Set(newChunks.map(([, , hash]) => hash));
    for (const [, , hash] of oldChunks)
      if (!kept.has(hash)) rmSync(join(bundle, 'index', `${hash}.pf_index`));
    const newMeta = writePagefindFile([...meta.slice(0, 2), newChunks, ...meta.slice(3)]);
    const metaHash = `${lang}_${shortHash(newMeta, 10)}`;
    rmSync(metaFile);
    writeFileSync(join(bundle, `pagefind.${metaHash}.pf_meta`), newMeta);
    info.hash = metaHash;
    counts[lang] = newChunks.length;
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return counts;
}
