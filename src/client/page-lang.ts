/**
 * The edition of the page the browser code runs on, from <html lang>, read once when the page's
 * script starts (src/layouts/Base.astro imports this module, so it is part of the script every
 * page runs, and the code loaded on first use — search, copying, citing — fetches no file for it):
 * the interface strings of src/i18n/ it speaks (each module imports only the sections it uses).
 */
import { isLang, type Lang } from '../i18n/langs';

function readLang(): Lang {
  // Outside a browser (unit tests of the modules that use it) there is no page: English.
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang;
  return isLang(lang) ? lang : 'en';
}

/** This page's edition. */
export const PAGE_LANG: Lang = readLang();

export function pageLang(): Lang {
  return PAGE_LANG;
}

/** The English or the Russian of a dictionary section, for this page. */
export function forPage<T>(sections: Readonly<Record<Lang, T>>): T {
  return sections[PAGE_LANG];
}
