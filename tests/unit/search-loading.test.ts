/**
 * What a first search fetches, at the two ends that a browser test cannot pin down alone:
 * Pagefind's script carries its entry file (src/build/pagefind-entry.ts), and a word still being
 * typed is told from a query that arrived whole (session.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inlinePagefindEntry } from '../../src/build/pagefind-entry';
import { isTyping } from '../../src/client/search/session';

const ENTRY = { version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 3 } } };
const FETCH =
  'async loadEntry(){try{let entryUrl=`${this.basePath}pagefind-entry.json`;let entry_response=await this.throttledFetch(entryUrl);let entry_json=await entry_response.json();this.languages=entry_json.languages;}catch(e){}}';

describe("Pagefind's entry in its script", () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const bundle = (script: string) => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-entry-'));
    writeFileSync(join(dir, 'pagefind.js'), script);
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify(ENTRY));
    return dir;
  };

  it('is written into the script for the primary index; a merged index still fetches its own', async () => {
    const folder = bundle(`const a=1;${FETCH}`);
    inlinePagefindEntry(folder);
    const script = readFileSync(join(folder, 'pagefind.js'), 'utf8');
    expect(script).toContain(`let entry_json=this.primary?${JSON.stringify(ENTRY)}:await(`);
    expect(script).not.toContain('let entry_response=');
    // The script still runs: the entry is read without a fetch for the primary index.
    const loadEntry = new Function(`return {${script.slice(script.indexOf('async loadEntry'))}}`)()
      .loadEntry as (this: object) => Promise<void>;
    const refuse = () => Promise.reject(new Error('fetched'));
    type Instance = { primary: boolean; basePath: string; languages?: unknown };
    const primary: Instance = { primary: true, basePath: '/pagefind/' };
    await loadEntry.call(Object.assign(primary, { throttledFetch: refuse }));
    expect(primary.languages).toEqual(ENTRY.languages);
    const asked: string[] = [];
    const merged: Instance = { primary: false, basePath: '/other/pagefind/' };
    const answer = (url: string) => {
      asked.push(url);
      return Promise.resolve({ json: async () => ({ languages: { ru: {} } }) });
    };
    await loadEntry.call(Object.assign(merged, { throttledFetch: answer }));
    expect(asked).toEqual(['/other/pagefind/pagefind-entry.json']);
    expect(merged.languages).toEqual({ ru: {} });
  });

  it('fails the build when Pagefind fetches its entry some other way', () => {
    const folder = bundle(
      'async loadEntry(){let e=await fetch(`${this.basePath}pagefind-entry.json`)}'
    );
    expect(() => inlinePagefindEntry(folder)).toThrow(
      /no longer fetches its entry file as expected/
    );
  });
});

describe('a word still being typed', () => {
  it('is one character typed or deleted at the end of the query', () => {
    expect(isTyping('armeni', 'armenia')).toBe(true);
    expect(isTyping('armenia', 'armeni')).toBe(true);
    expect(isTyping('', 'a')).toBe(true);
  });
  it('is not a query that arrived whole: pasted, chosen, read from the address, edited inside', () => {
    expect(isTyping('', 'Tajiks Russian citizenship')).toBe(false);
    expect(isTyping('Armenia', 'Azerbaijan')).toBe(false);
    expect(isTyping('armnia', 'armenia')).toBe(false);
    expect(isTyping('armenia', 'armenia')).toBe(false);
  });
});
