/**
 * The reader's place carried across the language switch (src/client/language-switch.ts): the
 * twin page's address with this page's query and section. Left out: Pagefind's ?highlight= words
 * and the search page's state filter, which name things in the page's own language. Pure.
 */

/** Query parameters that hold words of one language. */
const ONE_LANGUAGE = ['highlight'];
const ONE_LANGUAGE_ON_SEARCH = ['country'];

/** The twin's address (path, query, hash) with the query and hash of `here`. */
export function carryPlace(twin: string, here: { href: string }): string {
  const from = new URL(here.href);
  const target = new URL(twin, from);
  const query = new URLSearchParams(from.search);
  for (const name of ONE_LANGUAGE) query.delete(name);
  if (/\/search\/$/.test(from.pathname))
    for (const name of ONE_LANGUAGE_ON_SEARCH) query.delete(name);
  target.search = query.toString();
  target.hash = from.hash;
  return target.pathname + target.search + target.hash;
}
