/**
 * Draws a preview card (src/build/og-card.ts) as a PNG: satori lays it out to SVG, resvg turns that
 * into PNG, in Inter from @fontsource. Cards are kept by hash in node_modules/.cache/csto-og-cards/
 * (never committed), so a rebuild draws only the cards whose title, kind or detail changed, and a
 * card no page shows any longer is deleted. Node only; used by the card endpoint,
 * src/pages/og/[card].png.ts.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CARD_HEIGHT, CARD_WIDTH, cardHash, cardTree, type CardSpec } from './og-card';

const CARD_CACHE = join(process.cwd(), 'node_modules', '.cache', 'csto-og-cards');
const require = createRequire(import.meta.url);

type Draw = (spec: CardSpec) => Promise<Buffer>;
let drawer: Promise<Draw> | undefined;

// Loaded only when a card must be drawn: a build with every card cached never loads them.
async function makeDrawer(): Promise<Draw> {
  const satori = (require('satori') as typeof import('satori')).default;
  const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  // Inter's Latin and Cyrillic subsets: satori takes each glyph from the first font that has it,
  // so a Russian card is drawn in Inter too.
  const font = (subset: 'latin' | 'cyrillic', weight: 400 | 700) =>
    readFile(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`));
  const fonts = await Promise.all(
    (['latin', 'cyrillic'] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        name: 'Inter',
        data: await font(subset, weight),
        weight,
        style: 'normal' as const,
      }))
    )
  );
  return async (spec) => {
    // satori's types want a React element; the tree has the same shape.
    const svg = await satori(cardTree(spec) as unknown as Parameters<typeof satori>[0], {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts,
    });
    return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
  };
}

/** The card's PNG: from the cache, or drawn and cached. */
export async function cardPng(spec: CardSpec): Promise<Buffer> {
  const file = join(CARD_CACHE, `${cardHash(spec)}.png`);
  try {
    return await readFile(file);
  } catch {
    drawer ??= makeDrawer();
    const png = await (await drawer)(spec);
    await mkdir(CARD_CACHE, { recursive: true });
    const aside = `${file}.${process.pid}`; // renamed into place: builds side by side share the cache
    await writeFile(aside, png);
    await rename(aside, file);
    return png;
  }
}

/**
 * Deletes the cached cards whose hash is not in `used` (every card of this build), so the cache
 * holds the site's cards instead of every card ever drawn. Returns how many were deleted.
 */
export async function dropUnusedCards(
  used: ReadonlySet<string>,
  cache = CARD_CACHE
): Promise<number> {
  const names = await readdir(cache).catch(() => [] as string[]);
  const unused = names.filter(
    (name) => name.endsWith('.png') && !used.has(name.slice(0, -'.png'.length))
  );
  await Promise.all(unused.map((name) => rm(join(cache, name), { force: true })));
  return unused.length;
}
