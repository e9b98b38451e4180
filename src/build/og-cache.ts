/**
 * The preview cards' cache, outside the repository (node_modules/.cache is never committed): a
 * page records the card it wants as <hash>.json while it renders; after the build,
 * src/integrations/og-images.ts draws <hash>.png for any that lacks one and copies the cards the
 * pages link to into dist/og/. A rebuild with unchanged titles draws nothing. Node only.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardHash, type CardSpec } from './og-card';

export const CARD_CACHE = join(process.cwd(), 'node_modules', '.cache', 'csto-og-cards');

/** Records a card to be drawn and returns its hash (the file name under /og/). */
export function rememberCard(spec: CardSpec): string {
  const hash = cardHash(spec);
  const file = join(CARD_CACHE, `${hash}.json`);
  if (!existsSync(file)) {
    mkdirSync(CARD_CACHE, { recursive: true });
    // Written aside and renamed: builds running side by side (the build tests) share the cache.
    const aside = `${file}.${process.pid}`;
    writeFileSync(aside, JSON.stringify(spec));
    renameSync(aside, file);
  }
  return hash;
}
