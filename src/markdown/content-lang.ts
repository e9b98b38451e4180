/**
 * The edition a content file belongs to, from where it lives: content/ru/… is the Russian
 * edition (content/README.md), everything else in content/ is English. Used by the Markdown
 * plugins, which see a file's path and nothing else.
 */
import type { Lang } from '../i18n/langs';

const RUSSIAN = /(?:^|[\\/])content[\\/]ru[\\/]/;

export function langOfFile(path: string | undefined): Lang {
  return path !== undefined && RUSSIAN.test(path) ? 'ru' : 'en';
}
