/**
 * The reader's recent searches, offered by the empty search dialog: the last few queries that led
 * somewhere (a result opened, or the search page asked for), newest first, kept in this browser's
 * localStorage only. Nothing is stored when storage is refused (private browsing).
 */
const KEY = 'recent-searches';
const KEEP = 5;

export function recentSearches(): string[] {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(stored)
      ? stored.filter((q): q is string => typeof q === 'string').slice(0, KEEP)
      : [];
  } catch {
    return [];
  }
}

export function rememberSearch(query: string): void {
  const text = query.trim().replace(/\s+/g, ' ');
  if (text.length < 2 || text.length > 100) return;
  const kept = recentSearches().filter((q) => q.toLowerCase() !== text.toLowerCase());
  try {
    localStorage.setItem(KEY, JSON.stringify([text, ...kept].slice(0, KEEP)));
  } catch {
    /* storage refused: nothing is remembered */
  }
}
