/**
 * Russian typography, applied at build time by typograf (never typed by hand): « » quotation
 * marks with „ “ inside them, an em dash for a spaced hyphen, no-break spaces after short words,
 * inside dates ("16 июля"), before "года" and the like. Translators write plain text — straight
 * quotes and " - " — and the build sets it.
 *
 * Only rules that replace one character with another run (quotes, dashes, spaces made no-break),
 * so a text keeps its length, character for character. That is what lets a run of text split
 * across elements — a link inside a sentence, a quotation — be set as one sentence (the quotes
 * around a link pair up) and then cut back into its pieces at the same offsets: typesetRun. A rule
 * that changed the length would be a bug here, and fails loudly. Nothing but text is passed in, so
 * attributes, URLs in links, code and the English originals of quotations are never touched (the
 * callers leave those out).
 *
 * Used by the data layer (Russian frontmatter and YAML strings, src/data/translations.ts), by the
 * remark step for Russian MDX (src/markdown/remark-russian-typography.ts) and for the Russian UI
 * strings (src/i18n/). Node only (typograf is not bundled into the browser).
 */
import Typograf from 'typograf';

/** The rules that run: each replaces characters one for one (see the module comment). */
const TYPOGRAPHY_RULES: readonly string[] = [
  'common/punctuation/quote',
  'common/punctuation/apostrophe',
  'ru/dash/main',
  'ru/dash/years',
  'ru/dash/decade',
  'ru/dash/centuries',
  'ru/dash/daysMonth',
  'ru/dash/month',
  'common/nbsp/afterShortWord',
  'common/nbsp/afterShortWordByList',
  'common/nbsp/beforeShortLastWord',
  'common/nbsp/beforeShortLastNumber',
  'common/nbsp/afterParagraphMark',
  'ru/nbsp/year',
  'ru/nbsp/years',
  'ru/nbsp/dayMonth',
  'ru/nbsp/abbr',
  'ru/nbsp/initials',
  'ru/nbsp/beforeParticle',
  'ru/nbsp/m',
  'ru/nbsp/mln',
  'ru/nbsp/see',
  'ru/nbsp/page',
  'ru/nbsp/centuries',
];

const RULES = new Set(TYPOGRAPHY_RULES);

let typograf: Typograf | undefined;
function engine(): Typograf {
  typograf ??= new Typograf({
    locale: ['ru', 'en-US'],
    // Characters, not entities: the text goes back into a tree or a string that is escaped later.
    htmlEntity: { type: 'default' },
    ruleFilter: (rule) => RULES.has(rule.name),
  });
  return typograf;
}

/**
 * Marks the edges of a quotation inside a run: the quotation marks the build adds around it (the
 * <Q> component draws them) are set in context, so that quotes inside it become „ “, and then
 * dropped from the result.
 */
export const QUOTE_EDGE = Symbol('quote edge');

export type RunPart = string | typeof QUOTE_EDGE;

/**
 * Strings already set: the same text comes back often (the dictionary's functions are set on each
 * call, once per page), and typograf's rules are the build's largest cost after Vite's.
 */
const set = new Map<string, string>();

/** Sets one plain string. */
export function typeset(text: string): string {
  if (!/\S/.test(text)) return text;
  const known = set.get(text);
  if (known !== undefined) return known;
  const result = engine().execute(text);
  if (result.length !== text.length)
    throw new Error(
      `typograf changed the length of a text (a rule outside TYPOGRAPHY_RULES ran?): ${JSON.stringify(text.slice(0, 80))} → ${JSON.stringify(result.slice(0, 80))}`
    );
  set.set(text, result);
  return result;
}

/**
 * Sets a run of text that is split into pieces (the text nodes of one paragraph, in reading
 * order), as one text; returns the pieces, each set, at the same offsets. A QUOTE_EDGE stands for
 * a quotation mark the component adds, so the pieces inside read as quoted.
 */
export function typesetRun(parts: readonly RunPart[]): string[] {
  const strings = parts.filter((p): p is string => typeof p === 'string');
  if (!strings.some((s) => /\S/.test(s))) return strings;
  const joined = parts.map((p) => (typeof p === 'string' ? p : '"')).join('');
  const set = typeset(joined);
  const out: string[] = [];
  let at = 0;
  for (const part of parts) {
    const length = typeof part === 'string' ? part.length : 1;
    if (typeof part === 'string') out.push(set.slice(at, at + length));
    at += length;
  }
  return out;
}
