/**
 * Quotations in the Russian edition's data strings (events, people, glossary, notes, paragraph
 * gists): `<Q o="the exact English words">наш перевод</Q>`, as in MDX. A string is read into
 * pieces — plain text and quotations — so that templates can draw each quotation with its
 * original one tap away (src/components/RichText.astro, Q.astro), plain-text uses (meta tags,
 * the feed, search) get «перевод», and the build can check each `o` against the English text
 * and the sources. English strings mark a quotation with curly quotes (“…”): englishQuotations
 * reads those, for the parity check. Pure.
 *
 * The tag is read more strictly than MDX reads it (content/README.md says so): `o` in double
 * quotes and taken as written, so it cannot hold a straight " or an entity. The MDX grammar
 * (mdast-util-mdx-jsx) would lift that, at the cost of reading plain data strings as Markdown,
 * where a "<" of running text is a syntax error; no English quotation has needed a straight ".
 */

export type QuotedPiece =
  | { text: string }
  | {
      /** Our translation, as written (the component adds « »). */
      quote: string;
      /** The words as the English text quotes them from the source. */
      original: string;
    };

const Q = /<Q\s+o="([^"]*)"\s*>([\s\S]*?)<\/Q>/g;
const STRAY = /<\/?Q\b/;

/**
 * The pieces of a string; a message for a malformed <Q> (no `o`, not closed, nested), which the
 * data layer reports with the file and the entry.
 */
export function parseQuoted(value: string): QuotedPiece[] | string {
  const pieces: QuotedPiece[] = [];
  let at = 0;
  for (const match of value.matchAll(Q)) {
    const before = value.slice(at, match.index);
    if (STRAY.test(before)) return strayMessage(before);
    if (before) pieces.push({ text: before });
    const [, original = '', quote = ''] = match;
    if (STRAY.test(quote)) return `a <Q> inside another <Q>: "${quote.slice(0, 60)}"`;
    if (!original.trim()) return `a <Q> with an empty o="": write the English words it translates`;
    if (!quote.trim()) return `<Q o="${original}"> has no translation inside it`;
    pieces.push({ quote, original });
    at = (match.index ?? 0) + match[0].length;
  }
  const rest = value.slice(at);
  if (STRAY.test(rest)) return strayMessage(rest);
  if (rest) pieces.push({ text: rest });
  return pieces;
}

/** An `o` cut short by a straight double quote inside it: `o="he said "no""`. */
const QUOTE_IN_O = /^<Q\s+o="[^"]*"[^\s>]/;

function strayMessage(text: string): string {
  const at = text.search(STRAY);
  const tag = text.slice(at);
  const why = QUOTE_IN_O.test(tag)
    ? ` (its o="…" ends at the second straight ": in a data string o cannot hold one; the English quotes with curly “ ”)`
    : '';
  return `a <Q> that is not written <Q o="the English words">перевод</Q>${why}: "${tag.slice(0, 60)}"`;
}

/** Like parseQuoted, for strings the data layer has already checked. */
export function mustParseQuoted(value: string): QuotedPiece[] {
  const pieces = parseQuoted(value);
  if (typeof pieces === 'string') throw new Error(pieces);
  return pieces;
}

/** The text a reader sees, with « » around each quotation: for meta tags, the feed, search. */
export function quotedPlainText(value: string): string {
  return mustParseQuoted(value)
    .map((p) => ('text' in p ? p.text : `«${p.quote}»`))
    .join('');
}

/** The originals (`o`) of a string's quotations, in order. */
export function quotationOriginals(value: string): string[] {
  return mustParseQuoted(value).flatMap((p) => ('original' in p ? [p.original] : []));
}

/**
 * A slip of the source kept as printed: a quotation whose text is its original, because the point
 * is the English spelling ("Kyrgystan"). Shown "as printed, not translated".
 */
export function isSlip(quote: string, original: string): boolean {
  return quote.trim() === original.trim();
}

const ENGLISH_QUOTE = /“([^”]*)”/g;

/**
 * The quotations of an English text: each passage in curly quotes, Markdown links reduced to
 * their text and escapes undone, as a reader sees it (and as a Russian `o` repeats it).
 */
export function englishQuotations(text: string): string[] {
  return [...text.matchAll(ENGLISH_QUOTE)].map((m) =>
    (m[1] ?? '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\([[\]*_])/g, '$1')
  );
}
