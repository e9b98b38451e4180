/**
 * Draws the preview cards (og:image) after the build: every page names its card
 * (/og/<hash>.png, see src/build/og-card.ts); a card missing from the cache is drawn with satori
 * (layout to SVG) and resvg (SVG to PNG) in Inter from @fontsource, then every card a page names is
 * copied to dist/og/. Runs before the link check. Logs how long it took (npm run bench reads it).
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readFile, rename, writeFile, access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPageFiles } from '../build/built-pages';
import { readMeta } from '../lib/head-meta';
import { CARD_CACHE } from '../build/og-cache';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardSpec } from '../build/og-card';

const CARD_URL = /\/og\/([0-9a-f]{16})\.png$/;
const require = createRequire(import.meta.url);

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false
  );

// Loaded with require only when a card must be drawn: a build with every card cached skips them,
// and a dynamic import() here would go through Vite's module runner, closed by this hook.
async function drawer() {
  const satori = (require('satori') as typeof import('satori')).default;
  const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const font = (weight: 400 | 700) =>
    readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
  const fonts = [
    { name: 'Inter', data: await font(400), weight: 400 as const, style: 'normal' as const },
    { name: 'Inter', data: await font(700), weight: 700 as const, style: 'normal' as const },
  ];
  return async (spec: CardSpec): Promise<Buffer> => {
    // satori's types want a React element; the tree has the same shape.
    const svg = await satori(cardTree(spec) as unknown as Parameters<typeof satori>[0], {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts,
    });
    return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
  };
}

export function ogImages(): AstroIntegration {
  return {
    name: 'og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const wanted = new Set<string>();
        for (const { file, path } of builtPageFiles(dist)) {
          const image = readMeta(await readFile(file, 'utf8')).get('og:image')?.[0];
          const hash = image ? CARD_URL.exec(image)?.[1] : undefined;
          if (!hash)
            throw new Error(
              `${path}: no preview card in og:image (expected …/og/<hash>.png, found ${image ?? 'nothing'})`
            );
          wanted.add(hash);
        }
        await mkdir(join(dist, 'og'), { recursive: true });
        let draw: Awaited<ReturnType<typeof drawer>> | undefined;
        let drawn = 0;
        for (const hash of wanted) {
          const png = join(CARD_CACHE, `${hash}.png`);
          if (!(await exists(png))) {
            const spec = JSON.parse(
              await readFile(join(CARD_CACHE, `${hash}.json`), 'utf8')
            ) as CardSpec;
            draw ??= await drawer();
            const aside = `${png}.${process.pid}`; // renamed into place: parallel builds share the cache
            await writeFile(aside, await draw(spec));
            await rename(aside, png);
            drawn += 1;
          }
          await copyFile(png, join(dist, 'og', `${hash}.png`));
        }
        const ms = Math.round(performance.now() - started);
        logger.info(
          `${wanted.size} preview cards (${drawn} drawn, ${wanted.size - drawn} from the cache) in ${ms} ms`
        );
      },
    },
  };
}
