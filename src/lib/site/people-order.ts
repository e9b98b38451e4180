/**
 * People are listed A to Z by surname: the sources name everyone as "Given Surname" (Vladimir
 * Putin, Kassym-Jomart Tokayev; Владимир Путин), so the last word is the surname. Ties fall back to the full name.
 */
export function surnameOf(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

/** In the edition's alphabet: Russian names sort А to Я. */
export function compareBySurname(a: string, b: string, lang: 'en' | 'ru' = 'en'): number {
  return surnameOf(a).localeCompare(surnameOf(b), lang) || a.localeCompare(b, lang);
}
