/**
 * Writers link inside the site with root-relative paths ("/states/armenia/"). This plugin makes
 * every root-relative href in rendered Markdown point where the page lives: into the Russian
 * edition for a file of content/ru/ ("/states/armenia/" → "/ru/states/armenia/", the twin of
 * the page the English links to), and under the base path when the site is built under a sub-path
 * (BASE_PATH=/csto/ → "/csto/ru/states/armenia/").
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { localPath } from '../i18n/langs';
import { basePath } from '../lib/site/base-path';
import { langOfFile } from './content-lang';

export function rehypeBaseLinks(base: string) {
  const prefix = basePath(base).slice(0, -1);
  return () => (tree: Root, file: VFile) => {
    const lang = langOfFile(file.path);
    visit(tree, 'element', (node) => {
      const href = node.properties?.href;
      if (
        node.tagName === 'a' &&
        typeof href === 'string' &&
        href.startsWith('/') &&
        !href.startsWith('//')
      ) {
        node.properties.href = prefix + localPath(lang, href);
      }
    });
  };
}
