/**
 * The edition of the page the browser code runs on, from <html lang>: the interface strings of
 * src/i18n/ it speaks (each module imports only the sections it uses).
 */
import { isLang, type Lang } from '../i18n/langs';

export function pageLang(): Lang {
  // Outside a browser (unit tests of the modules that use it) there is no page: English.
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang;
  return isLang(lang) ? lang : 'en';
}

/** The English or the Russian of a dictionary section, for this page. */
export function forPage<T>(sections: Readonly<Record<Lang, T>>): T {
  return sections[pageLang()];
}
