/**
 * Reads <meta> values back from a built page's HTML (for the build steps that derive files from
 * them: preview cards, BibTeX and RIS). Astro writes attributes as name/property then content.
 */
const META = /<meta\s+(?:name|property)="([^"]+)"\s+content="([^"]*)"/g;

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every meta name (or property) with its values, in order. */
export function readMeta(html: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [, name = '', content = ''] of html.matchAll(META)) {
    found.set(name, [...(found.get(name) ?? []), decode(content)]);
  }
  return found;
}
