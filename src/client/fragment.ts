/**
 * The element a URL's #fragment names. Fragments come from the address bar, where anyone can
 * write anything: a malformed escape ("#%E0%A4") names nothing instead of throwing.
 */

/** "#the-intervention" → "the-intervention"; "#%C3%A9t%C3%A9" → "été"; "#%E0%A4" → "%E0%A4". */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The element with the fragment's id, or null (also for an empty fragment). */
export function fragmentTarget(hash: string): HTMLElement | null {
  const id = fragmentId(hash);
  return id ? document.getElementById(id) : null;
}
