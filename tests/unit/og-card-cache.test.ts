import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropUnusedCards } from '../../src/build/og-draw';

const cache = mkdtempSync(join(tmpdir(), 'csto-og-cards-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('the preview-card cache', () => {
  it('keeps the cards the build shows and deletes the rest', async () => {
    for (const name of ['kept.png', 'old.png', 'other.png', 'kept.png.1234'])
      writeFileSync(join(cache, name), 'png');
    expect(await dropUnusedCards(new Set(['kept', 'other']), cache)).toBe(1);
    // A card being written by a build beside this one (renamed into place when done) is left.
    expect(readdirSync(cache).sort()).toEqual(['kept.png', 'kept.png.1234', 'other.png']);
  });

  it('does nothing when there is no cache yet', async () => {
    expect(await dropUnusedCards(new Set(), join(cache, 'absent'))).toBe(0);
  });
});
