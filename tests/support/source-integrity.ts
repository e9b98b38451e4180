/**
 * The site's integrity against its five source articles, checked on the built HTML:
 *
 *  1. Quotations. Every passage in quotation marks must stand, word for word and in order, in a
 *     paragraph that the passage's citation names — the first citation marker after it in the same
 *     paragraph, list item or table cell (or the last one before it). In the Russian edition a
 *     quotation is our translation, drawn by src/components/Q.astro: its English original (the
 *     `o` of <Q o="…">, shown in the quotation's note) is what is checked, exactly the same way. Typography is folded (curly
 *     and straight quotes, dash styles, ellipses, spacing); words are not, and case only for a
 *     passage's first letter. "…" and a bracketed insertion "[the CSTO]" split a passage into parts
 *     that are matched one by one. A passage in a block that cites nothing must stand in some source.
 *  2. Copied runs. No run of ten or more words outside quotation marks may repeat a source
 *     (British and American spellings folded: organisation = organization, defence = defense).
 *  3. The paragraph guides. Each numbered paragraph sits on its stated line, and the guide's
 *     paragraphs and unnumbered lines together cover every non-empty line of the text exactly once.
 *
 * Pure: texts in, problems out. tests/sources/integrity.test.ts reads the files and the build.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, ElementContent, Root } from 'hast';
import { paragraphsOf, parsePinpoint, sourceOf } from '../../src/lib/citations/pinpoints';

// ---- folding -------------------------------------------------------------------------------

/** Folds typography, not words: quote marks, dashes, ellipses and spaces take one form each. */
export function foldTypography(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’ʼ`´′]/g, "'")
    .replace(/[“”«»„″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\.\.\./g, '…')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text, lower-case, for comparing runs: punctuation dropped, apostrophes kept. */
export function wordsOf(text: string): string[] {
  return foldTypography(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/** British and American spellings as one, for the copied-run check only. */
export function foldSpelling(word: string): string {
  return word
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/our$/, 'or')
    .replace(/ll(ed|ing)$/, 'l$1')
    .replace(/ence$/, 'ense');
}

// ---- the sources ---------------------------------------------------------------------------

export interface GuideEntry {
  n: number;
  line: number;
}

export interface UnnumberedEntry {
  lines: string;
  what: string;
}

/** One source as the checks need it: its id, its text and its paragraph guide. */
export interface SourceText {
  id: string;
  text: string;
  paragraphs: GuideEntry[];
  unnumbered: UnnumberedEntry[];
}

/** The text of paragraph n of a source, or undefined when the guide has no such paragraph. */
export function paragraphText(source: SourceText, n: number): string | undefined {
  const entry = source.paragraphs.find((p) => p.n === n);
  return entry ? source.text.split('\n')[entry.line - 1] : undefined;
}

/** Problems with a source's guide: lines that are empty, missing, or counted twice. */
export function checkGuide(source: SourceText): string[] {
  const lines = source.text.split('\n');
  const problems: string[] = [];
  const claimed = new Map<number, string>();
  const claim = (line: number, by: string) => {
    const previous = claimed.get(line);
    if (previous) problems.push(`${source.id}: line ${line} is both ${previous} and ${by}`);
    claimed.set(line, by);
  };
  for (const p of source.paragraphs) {
    if (p.line > lines.length)
      problems.push(
        `${source.id}: paragraph ${p.n} is on line ${p.line}, but the text has ${lines.length} lines`
      );
    else if (!lines[p.line - 1]?.trim())
      problems.push(`${source.id}: paragraph ${p.n} is on line ${p.line}, which is empty`);
    claim(p.line, `paragraph ${p.n}`);
  }
  for (const u of source.unnumbered) {
    const [from, to = from] = u.lines.split('-').map(Number) as [number, number?];
    for (let line = from; line <= to; line++) claim(line, `unnumbered (${u.what})`);
  }
  lines.forEach((text, i) => {
    if (text.trim() && !claimed.has(i + 1))
      problems.push(
        `${source.id}: line ${i + 1} is neither a numbered paragraph nor listed as unnumbered: "${text.trim().slice(0, 60)}"`
      );
  });
  return problems;
}

// ---- the built pages -----------------------------------------------------------------------

/**
 * A piece of a block's text, a citation marker with the references it names, or a translated
 * quotation's English original (Russian edition).
 */
export type Token = { text: string } | { cite: string[] } | { original: string };

const BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'dd',
  'dt',
  'figcaption',
  'caption',
  'blockquote',
  'summary',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'article',
  'main',
  'ul',
  'ol',
  'dl',
  'table',
  'tr',
  'tbody',
  'thead',
  'details',
  'nav',
  'aside',
  'header',
  'footer',
  'figure',
]);
/** Left out of the text: screen-reader-only labels, tooltips, controls, scripts. */
const SKIP = (el: Element): boolean => {
  const cls = classes(el);
  return (
    ['script', 'style', 'template', 'button', 'svg', 'noscript'].includes(el.tagName) ||
    cls.includes('sr-only') ||
    cls.includes('cite-tip') ||
    cls.includes('q-note') ||
    cls.includes('anchor-link') ||
    el.properties?.['hidden'] !== undefined
  );
};

function classes(el: Element): string[] {
  const value: unknown = el.properties?.['className'];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

/** A block of text: a paragraph, list item, table cell…, with the id of the section it sits in. */
export interface Block {
  tokens: Token[];
  /** The id of the nearest element with an id before or around the block: a heading, an entry. */
  section: string;
}

/** The blocks of a page's <main>, each as a list of tokens (text and citation markers). */
export function blocksOf(html: string): Token[][] {
  return sectionedBlocksOf(html).map((block) => block.tokens);
}

/** Like blocksOf, with each block's section. */
export function sectionedBlocksOf(html: string): Block[] {
  const tree: Root = fromHtml(html);
  const main = findMain(tree) ?? tree;
  const blocks: Block[] = [];
  let section = '';
  const walk = (node: Element | Root, current: Token[]) => {
    for (const child of node.children as ElementContent[]) {
      if (child.type === 'text') current.push({ text: child.value });
      else if (child.type === 'element') {
        if (SKIP(child)) continue;
        const id = child.properties?.['id'];
        if (typeof id === 'string' && id) section = id;
        const cite = child.properties?.['dataCite'];
        if (cite !== undefined && cite !== null) {
          current.push({ cite: String(cite).split(/\s+/).filter(Boolean) });
          continue;
        }
        // A translated quotation: its translation is the block's text; its original, in its note,
        // is the quotation the sources must hold.
        if (classes(child).includes('q')) {
          const original = findByClass(child, 'q-original');
          if (original) current.push({ original: toString(original).replace(/^“|”$/g, '') });
          walk(child, current);
          continue;
        }
        if (BLOCKS.has(child.tagName)) {
          const inner: Token[] = [];
          blocks.push({ tokens: inner, section });
          walk(child, inner);
          current.push({ text: ' ' });
        } else walk(child, current);
      }
    }
  };
  const top: Token[] = [];
  blocks.push({ tokens: top, section: '' });
  walk(main, top);
  return blocks.filter((b) => b.tokens.some((t) => 'text' in t && t.text.trim()));
}

function findByClass(node: Element, name: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (classes(child).includes(name)) return child;
    const found = findByClass(child, name);
    if (found) return found;
  }
  return undefined;
}

function findMain(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'main') return child;
    const found = findMain(child);
    if (found) return found;
  }
  return undefined;
}

/** A quotation found in a block, with the citation it is attributed to (if any). */
export interface Quotation {
  text: string;
  refs: string[] | undefined;
}

const QUOTE = /“([^”]+)”|"([^"]+)"/g;

/** The quotations of a block and, for each, the first citation after it (or the last before). */
export function quotationsOf(block: Token[]): Quotation[] {
  let text = '';
  const cites: { at: number; refs: string[] }[] = [];
  const originals: { at: number; text: string }[] = [];
  for (const token of block) {
    if ('text' in token) text += token.text;
    else if ('cite' in token) cites.push({ at: text.length, refs: token.cite });
    else originals.push({ at: text.length, text: token.original });
  }
  const cited = (end: number) => {
    const after = cites.find((c) => c.at >= end);
    const before = [...cites].reverse().find((c) => c.at < end);
    return (after ?? before)?.refs;
  };
  return [
    ...[...text.matchAll(QUOTE)].map((match) => ({
      text: match[1] ?? match[2] ?? '',
      refs: cited((match.index ?? 0) + match[0].length),
    })),
    ...originals.map((o) => ({ text: o.text, refs: cited(o.at) })),
  ];
}

/** The text of a block outside its quotations, for the copied-run check. */
export function proseOf(block: Token[]): string[] {
  const text = block.map((t) => ('text' in t ? t.text : ' | ')).join('');
  return text.replace(QUOTE, ' | ').split('|');
}

// ---- the checks ----------------------------------------------------------------------------

/** The parts of a quotation to match: split at ellipses and bracketed insertions. */
export function quotationParts(quotation: string): string[] {
  return foldTypography(quotation)
    .split(/\s*(?:…|\[[^\]]*\])\s*/)
    .map((part) => part.replace(/^[\s,.;:!?'"-]+|[\s,.;:!?'"-]+$/g, ''))
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}

/**
 * Whether a part stands in a paragraph: same words in order, typography folded, case kept but
 * for its first letter — and but for a line printed in capitals (a headline), quoted in sentence case.
 */
export function standsIn(part: string, paragraph: string): boolean {
  const hay = foldTypography(paragraph);
  if (hay.includes(part)) return true;
  if (/\p{Lu}/u.test(hay) && hay === hay.toUpperCase() && hay.includes(part.toUpperCase()))
    return true;
  const lowerFirst = part.charAt(0).toLowerCase() + part.slice(1);
  const upperFirst = part.charAt(0).toUpperCase() + part.slice(1);
  return hay.includes(lowerFirst) || hay.includes(upperFirst);
}

/** Every line of a source, for passages that name no paragraph (a headline, say). */
function linesOf(source: SourceText): { label: string; text: string }[] {
  return source.text.split('\n').map((text, i) => ({ label: `${source.id} line ${i + 1}`, text }));
}

/** The texts that a list of references points at: each cited paragraph of each named source. */
function citedTexts(
  refs: string[],
  sources: Map<string, SourceText>
): { label: string; text: string }[] {
  return refs.flatMap((raw) => {
    const source = sources.get(sourceOf(raw));
    if (!source) return [];
    const pinpoint = parsePinpoint(raw);
    // A bare id, or a source with no guide yet: the whole article (the build names such citations).
    if (typeof pinpoint === 'string' || source.paragraphs.length === 0) return linesOf(source);
    return paragraphsOf(pinpoint).map((n) => ({
      label: `${source.id}:${n}`,
      text: paragraphText(source, n) ?? '',
    }));
  });
}

export interface PageProblems {
  misquotations: string[];
  copied: string[];
}

/** Checks one built page against the sources. `where` names the page in messages. */
export function checkPage(
  where: string,
  html: string,
  sources: Map<string, SourceText>,
  runLength = 10
): PageProblems {
  const misquotations: string[] = [];
  const copied: string[] = [];
  const grams = sourceGrams(sources, runLength);
  for (const block of blocksOf(html)) {
    for (const quotation of quotationsOf(block)) {
      const texts = quotation.refs
        ? citedTexts(quotation.refs, sources)
        : [...sources.values()].flatMap(linesOf);
      for (const part of quotationParts(quotation.text)) {
        if (texts.some((t) => standsIn(part, t.text))) continue;
        const elsewhere = [...sources.values()].flatMap((s) =>
          s.paragraphs
            .filter((p) => standsIn(part, paragraphText(s, p.n) ?? ''))
            .map((p) => `${s.id}:${p.n}`)
        );
        const cited = quotation.refs
          ? `the cited ${quotation.refs.join(' ')}`
          : 'any source (the passage cites nothing)';
        misquotations.push(
          `${where}: “${part.slice(0, 100)}” is not in ${cited}${elsewhere.length ? `; it stands in ${elsewhere.join(', ')}` : ''}`
        );
      }
    }
    for (const chunk of proseOf(block)) {
      const words = wordsOf(chunk).map(foldSpelling);
      for (let i = 0; i + runLength <= words.length; i++) {
        const gram = words.slice(i, i + runLength).join(' ');
        const from = grams.get(gram);
        if (from) {
          copied.push(`${where}: ${runLength}+ words copied from ${from}: “${gram}”`);
          i += runLength - 1;
        }
      }
    }
  }
  return { misquotations, copied };
}

const gramCache = new WeakMap<Map<string, SourceText>, Map<number, Map<string, string>>>();

/** Every run of `length` words in the sources (spellings folded), with the source it comes from. */
function sourceGrams(sources: Map<string, SourceText>, length: number): Map<string, string> {
  const byLength = gramCache.get(sources) ?? new Map<number, Map<string, string>>();
  gramCache.set(sources, byLength);
  const cached = byLength.get(length);
  if (cached) return cached;
  const grams = new Map<string, string>();
  for (const source of sources.values()) {
    for (const line of source.text.split('\n')) {
      const words = wordsOf(line).map(foldSpelling);
      for (let i = 0; i + length <= words.length; i++)
        grams.set(words.slice(i, i + length).join(' '), source.id);
    }
  }
  byLength.set(length, grams);
  return grams;
}
