/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The <title>: "Page · Site" when it fits in `max` characters (what search results show),
 * else the page title alone, shortened if need be.
 */
export function documentTitle(title: string, siteName: string, max = 70): string {
  const full = `${title} · ${siteName}`;
  return full.length <= max ? full : truncate(title, max);
}

/**
 * Escapes text for HTML element content: only &, < and >. Astro's own escaping also writes ' as
 * &#39;, which html-validate's long-title rule counts as five characters; a title needs none of it.
 * The one escaper of the site's own HTML strings (the build's and the browser's code import it).
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes a value for a double-quoted HTML attribute: the text's escapes and ". */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}
