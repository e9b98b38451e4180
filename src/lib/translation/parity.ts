/**
 * Parity between the English and the Russian edition: a page, section, event, person, term,
 * paragraph-guide entry, citation or quotation present in one edition and missing in the other
 * is a problem, named with the file and the id. The data layer (src/data/translations.ts) runs
 * these over every pair of files and fails the build on any problem once the Russian edition is
 * complete (src/i18n/editions.ts). Pure: plain data in, messages out.
 */
import type { MdxOutline } from '../content/mdx-outline';
import { englishQuotations, quotationOriginals } from './quoted-text';

/** Problems, each a message naming the file and the id. */
export type Problems = string[];

/** Every id of one edition's entries that the other lacks: "content/ru/events.yaml: no event "x"". */
export function compareIds(
  what: string,
  english: { file: string; ids: readonly string[] },
  russian: { file: string; ids: readonly string[] }
): Problems {
  const ru = new Set(russian.ids);
  const en = new Set(english.ids);
  return [
    ...english.ids
      .filter((id) => !ru.has(id))
      .map(
        (id) =>
          `${russian.file}: no ${what} "${id}", which ${english.file} has: translate it (the English is the model)`
      ),
    ...russian.ids
      .filter((id) => !en.has(id))
      .map(
        (id) =>
          `${russian.file}: ${what} "${id}" is not in ${english.file}: remove it or fix its id`
      ),
  ];
}

/**
 * The differences between two lists as multisets: what `a` has that `b` lacks, and the reverse.
 * `key` says when two items are the same.
 */
function multisetDifference(
  a: readonly string[],
  b: readonly string[],
  key: (item: string) => string = (item) => item
): [string[], string[]] {
  const rest = [...b];
  const missing: string[] = [];
  for (const item of a) {
    const at = rest.findIndex((other) => key(other) === key(item));
    if (at === -1) missing.push(item);
    else rest.splice(at, 1);
  }
  return [missing, rest];
}

/**
 * Apostrophes and quotation marks in one form: the English pages' text is set by smartypants
 * (straight ' becomes ’) while an `o` is copied from the file as written. The words, their
 * order and every other character must be the same.
 */
const foldQuoteMarks = (text: string) => text.replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"');

/** Quotations of one place (a section, an entry): every English quotation has its <Q o="…">. */
function compareQuotations(
  where: string,
  english: readonly string[],
  russian: readonly string[]
): Problems {
  const [missing, extra] = multisetDifference(english, russian, foldQuoteMarks);
  return [
    ...missing.map(
      (q) =>
        `${where}: the English quotes “${q}”, which has no <Q o="${q}">…</Q> here (o is the English words exactly)`
    ),
    ...extra.map(
      (q) =>
        `${where}: <Q o="${q}"> quotes words the English does not quote there (o must repeat the English quotation exactly)`
    ),
  ];
}

/** Two MDX twins: the same sections (ids, levels, order), citations, components and quotations. */
export function compareOutlines(
  englishFile: string,
  russianFile: string,
  english: MdxOutline,
  russian: MdxOutline
): Problems {
  const problems: Problems = [];
  const sectionList = (o: MdxOutline) =>
    o.sections.filter((s) => s.id !== '').map((s) => `${s.id} (h${s.depth})`);
  const [enSections, ruSections] = [sectionList(english), sectionList(russian)];
  const [noSection, extraSection] = multisetDifference(enSections, ruSections);
  problems.push(
    ...noSection.map((s) => `${russianFile}: no section ${s}, which ${englishFile} has`),
    ...extraSection.map((s) => `${russianFile}: section ${s} is not in ${englishFile}`)
  );
  if (
    noSection.length === 0 &&
    extraSection.length === 0 &&
    enSections.join() !== ruSections.join()
  )
    problems.push(
      `${russianFile}: the sections are in another order than in ${englishFile}: ${ruSections.join(', ')} (English: ${enSections.join(', ')})`
    );

  const cites = (o: MdxOutline) =>
    o.items.flatMap((i) =>
      i.kind === 'cite' ? [{ s: i.refs.join(' '), section: i.section, line: i.line }] : []
    );
  const [enCites, ruCites] = [cites(english), cites(russian)];
  const length = Math.max(enCites.length, ruCites.length);
  for (let i = 0; i < length; i++) {
    const en = enCites[i];
    const ru = ruCites[i];
    if (en?.s === ru?.s) continue;
    const place = (c: typeof en) =>
      c ? `section "${c.section}"${c.line ? `, line ${c.line}` : ''}` : '';
    problems.push(
      !ru
        ? `${russianFile}: citation ${i + 1} of ${englishFile}, <Cite s="${en!.s}" /> (${place(en)}), has no twin: the Russian has ${ruCites.length} citations, the English ${enCites.length}`
        : !en
          ? `${russianFile}: citation ${i + 1}, <Cite s="${ru.s}" /> (${place(ru)}), is not in ${englishFile} (${enCites.length} citations)`
          : `${russianFile}: citation ${i + 1} is <Cite s="${ru.s}" /> (${place(ru)}), where ${englishFile} has <Cite s="${en.s}" /> (${place(en)}): the same citations in the same order`
    );
    break; // after the first difference the rest are shifted: one message says where it starts
  }

  const components = (o: MdxOutline) =>
    o.items.flatMap((i) => (i.kind === 'component' ? [i.name] : []));
  if (components(english).join() !== components(russian).join())
    problems.push(
      `${russianFile}: components ${
        components(russian)
          .map((c) => `<${c} />`)
          .join(', ') || 'none'
      }, where ${englishFile} has ${
        components(english)
          .map((c) => `<${c} />`)
          .join(', ') || 'none'
      }`
    );

  const bySection = (o: MdxOutline) => {
    const map = new Map<string, string[]>();
    for (const q of o.quotations) map.set(q.section, [...(map.get(q.section) ?? []), q.original]);
    return map;
  };
  const [enQuotes, ruQuotes] = [bySection(english), bySection(russian)];
  for (const section of new Set([...enQuotes.keys(), ...ruQuotes.keys()]))
    problems.push(
      ...compareQuotations(
        `${russianFile}, section "${section || '(opening)'}"`,
        enQuotes.get(section) ?? [],
        ruQuotes.get(section) ?? []
      )
    );
  return problems;
}

/** One translated field: there in Russian exactly when the English has it. */
export interface FieldPair {
  field: string;
  en: string | null | undefined;
  ru: string | null | undefined;
}

/**
 * The translated fields of one entry: each present in Russian when (and only when) the English has
 * it, and the same quotations in each.
 */
export function compareFields(where: string, pairs: readonly FieldPair[]): Problems {
  const problems: Problems = [];
  for (const { field, en, ru } of pairs) {
    const hasEn = typeof en === 'string' && en.trim() !== '';
    const hasRu = typeof ru === 'string' && ru.trim() !== '';
    if (hasEn && !hasRu) problems.push(`${where}: no ${field}, which the English has`);
    else if (!hasEn && hasRu)
      problems.push(`${where}: ${field} is not in the English: leave it out`);
    if (hasEn && hasRu)
      problems.push(
        ...compareQuotations(`${where}, ${field}`, englishQuotations(en), quotationOriginals(ru))
      );
  }
  return problems;
}

/** A source's guide: a Russian gist for every English paragraph, an entry for every unnumbered range. */
export function compareGuides(
  russianFile: string,
  english: {
    paragraphs: readonly { n: number; gist?: string | undefined }[];
    unnumbered: readonly { lines: string; what: string }[];
  },
  russian: {
    paragraphs: readonly { n: number; gist: string }[];
    unnumbered: readonly { lines: string; what: string }[];
  }
): Problems {
  const problems: Problems = [];
  const ruGists = new Map(russian.paragraphs.map((p) => [p.n, p.gist]));
  const enNumbers = new Set(english.paragraphs.map((p) => p.n));
  for (const p of english.paragraphs) {
    const gist = ruGists.get(p.n);
    if (gist === undefined)
      problems.push(
        `${russianFile}: paragraph guide: no entry for paragraph ${p.n} (every paragraph has one)`
      );
    else
      problems.push(
        ...compareFields(`${russianFile}, paragraph ${p.n}`, [
          { field: 'gist', en: p.gist, ru: gist },
        ])
      );
  }
  for (const p of russian.paragraphs)
    if (!enNumbers.has(p.n))
      problems.push(
        `${russianFile}: paragraph guide: paragraph ${p.n} is not in the English guide`
      );
  const seen = new Set<string>();
  for (const p of russian.paragraphs) {
    if (seen.has(String(p.n)))
      problems.push(`${russianFile}: paragraph guide: paragraph ${p.n} twice`);
    seen.add(String(p.n));
  }
  problems.push(
    ...compareIds(
      'unnumbered entry for lines',
      { file: 'the English guide', ids: english.unnumbered.map((u) => u.lines) },
      { file: `${russianFile} (unnumbered)`, ids: russian.unnumbered.map((u) => u.lines) }
    )
  );
  return problems;
}

/** The names table: every state, person, glossary term and source named, and no unknown id. */
export function compareNames(
  file: string,
  names: readonly { kind: string; target: string }[],
  known: Readonly<Record<'state' | 'person' | 'term' | 'source', ReadonlySet<string>>>
): Problems {
  const problems: Problems = [];
  const what = {
    state: 'state',
    person: 'person',
    term: 'glossary term',
    source: 'source',
  } as const;
  for (const kind of Object.keys(what) as (keyof typeof what)[]) {
    const named = new Set(names.filter((n) => n.kind === kind).map((n) => n.target));
    for (const id of known[kind])
      if (!named.has(id))
        problems.push(`${file}: no name for ${what[kind]} "${id}" (under ${kind}:)`);
    for (const id of named)
      if (!known[kind].has(id))
        problems.push(`${file}: ${kind} "${id}" is no ${what[kind]} of the English content`);
  }
  return problems;
}
