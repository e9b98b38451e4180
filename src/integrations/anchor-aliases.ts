/**
 * Keeps renamed anchors working: reads content/anchor-aliases.yaml and, after the build, gives
 * each old id to the page that holds the new one (see src/lib/built/anchors.ts), in every edition (an
 * alias of /states/armenia/ holds on /ru/states/armenia/ too). Fails the build when
 * the file is malformed or an alias points at an id that does not exist.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';
import { anchorAliasesSchema } from '../schemas/anchor-alias';
import { applyAliases, splitAnchor } from '../lib/built/anchors';
import { LANGS, localPath } from '../i18n/langs';

const FILE = 'content/anchor-aliases.yaml';

/** `file`: the aliases file, relative to the project (another one only in tests). */
export function anchorAliases({ file = FILE }: { file?: string } = {}): AstroIntegration {
  return {
    name: 'anchor-aliases',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!existsSync(file)) return;
        const parsed = anchorAliasesSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? []);
        if (!parsed.success) {
          throw new Error(
            `${file}: ${parsed.error.issues.map((i) => `item ${String(i.path[0] ?? '?')}${i.path.length > 1 ? `.${i.path.slice(1).join('.')}` : ''}: ${i.message}`).join('; ')}`
          );
        }
        const byPage = new Map<string, { fromId: string; toId: string }[]>();
        for (const alias of parsed.data) {
          const from = splitAnchor(alias.from);
          const list = byPage.get(from.page) ?? [];
          list.push({ fromId: from.id, toId: splitAnchor(alias.to).id });
          byPage.set(from.page, list);
        }
        const root = fileURLToPath(dir);
        for (const [englishPage, aliases] of byPage)
          for (const page of LANGS.map((lang) => localPath(lang, englishPage))) {
            const pageFile = join(root, page, 'index.html');
            if (!existsSync(pageFile))
              throw new Error(`${file}: aliases for ${page}, which is not a page of the site`);
            const { html, unresolved } = applyAliases(await readFile(pageFile, 'utf8'), aliases);
            if (unresolved.length > 0)
              throw new Error(
                `${file}: on ${page}, no element has the id ${unresolved.map((id) => `"${id}"`).join(', ')} that an alias points to`
              );
            await writeFile(pageFile, html);
          }
        logger.info(`${parsed.data.length} anchor aliases applied`);
      },
    },
  };
}
