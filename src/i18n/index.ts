/**
 * The interface strings of an edition, for the pages built at build time: the English
 * dictionary (en.ts) or the Russian (ru.ts), the Russian set by typograf like the Russian content
 * (src/lib/translation/typography.ts): every string, and every string a function of it returns. Node only;
 * browser code imports the `client` strings of en.ts and ru.ts directly.
 */
import { ui as en } from './en';
import { ui as ru } from './ru';
import { typeset } from '../lib/translation/typography';
import type { Lang } from './langs';

export type UiStrings = typeof en;

/** A copy of a dictionary with every string set (functions wrapped so their results are). */
function typesetAll<T>(value: T): T {
  if (typeof value === 'string') return typeset(value) as T;
  if (typeof value === 'function')
    return ((...args: unknown[]) =>
      typesetAll((value as (...a: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(value)) return value.map(typesetAll) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, typesetAll(item)])
    ) as T;
  return value;
}

let russian: UiStrings | undefined;

/** The interface strings of `lang`. */
export function strings(lang: Lang): UiStrings {
  if (lang === 'en') return en;
  russian ??= typesetAll(ru);
  return russian;
}
