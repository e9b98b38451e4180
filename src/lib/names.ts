/**
 * People are listed A to Z by surname: the sources name everyone as "Given Surname" (Vladimir
 * Putin, Kassym-Jomart Tokayev), so the last word is the surname. Ties fall back to the full name.
 */
export function surnameOf(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

export function compareBySurname(a: string, b: string): number {
  return surnameOf(a).localeCompare(surnameOf(b)) || a.localeCompare(b);
}
