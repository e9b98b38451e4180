/**
 * The site's languages and how an address names one: English at the root (`/states/armenia/`),
 * Russian under `/ru/` (`/ru/states/armenia/`), the same path and the same section ids in both.
 * Pure (no base path here: src/lib/site/urls.ts adds it), and safe to bundle into browser code.
 */

/** Every edition, the default first. */
export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** The edition at the root of the site, and `x-default` in the hreflang alternates. */
export const DEFAULT_LANG: Lang = 'en';

/** The `/ru` of `/ru/states/armenia/`; '' for the default edition. */
export function langPrefix(lang: Lang): string {
  return lang === DEFAULT_LANG ? '' : `/${lang}`;
}

export const isLang = (value: unknown): value is Lang =>
  typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** "/states/armenia/" in `lang` → "/ru/states/armenia/" (a path below the base path). */
export function localPath(lang: Lang, path: string): string {
  return langPrefix(lang) + (path.startsWith('/') ? path : `/${path}`);
}

/** The edition a path below the base path belongs to: "/ru/…" → ru, anything else → en. */
export function langOfPath(path: string): Lang {
  const first = /^\/([a-z]{2})(?:\/|$|\.)/.exec(path)?.[1];
  return isLang(first) && first !== DEFAULT_LANG ? first : DEFAULT_LANG;
}

/** A path with its edition's prefix taken off: "/ru/states/armenia/" → "/states/armenia/". */
export function unlocalizedPath(path: string): string {
  const prefix = langPrefix(langOfPath(path));
  if (!prefix) return path;
  const rest = path.slice(prefix.length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** The route parameter `[...lang]` of a page in `lang`: undefined for the default edition. */
export const langParam = (lang: Lang): string | undefined =>
  lang === DEFAULT_LANG ? undefined : lang;

/** The BCP 47 tag written in `<html lang>`, `hreflang`, `inLanguage` and the feed. */
export const LANG_TAGS: Readonly<Record<Lang, string>> = { en: 'en', ru: 'ru' };
