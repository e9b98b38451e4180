/**
 * The Russian edition's data: each English entry joined with its Russian twin (content/ru/), so
 * that pages, components and endpoints read a Russian entry exactly as they read an English one.
 * Everything structural stays the English entry's — ids, dates, membership periods, statuses,
 * citations, countries, people, kinds, paragraph numbers, aliases — and only the translated
 * fields are replaced: a Russian MDX entry keeps the English entry's collection and id, with
 * the Russian file's body, path and frontmatter text, so `render()` draws the Russian body and
 * the outline is the Russian one. Names of states, people, terms and sources come from the names
 * table (content/ru/names.yaml).
 *
 * Russian text from the files is set by typograf here (src/lib/translation/typography.ts), the bodies by
 * src/markdown/remark-russian-typography.ts. Parity with the English (src/lib/translation/parity.ts)
 * is checked here too: it fails the build once the edition is complete (src/i18n/editions.ts), and
 * until then it warns, and an entry without its twin falls back to its English text.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { compareBySurname } from '../lib/site/people-order';
import { QUOTE_EDGE, typesetRun, typeset, type RunPart } from '../lib/translation/typography';
import { isSlip, parseQuoted, type QuotedPiece } from '../lib/translation/quoted-text';
import type { MdxOutline } from '../lib/content/mdx-outline';
import { OUTLINE_KEY } from '../markdown/remark-page-outline';
import {
  compareFields,
  compareGuides,
  compareIds,
  compareNames,
  compareOutlines,
  type Problems,
} from '../lib/translation/parity';
import { RUSSIAN_EDITION_COMPLETE } from '../i18n/editions';
import type { NameEntry } from '../schemas/names-table';
import { entryFile } from './entry-file';
import type { MdxEntry, Page, SiteData, Source, State } from './site-data';

type RuMdx =
  CollectionEntry<'ruPages'> | CollectionEntry<'ruStates'> | CollectionEntry<'ruSources'>;

/** A Russian data string set by typograf, its quotations' originals left as written. */
export function typesetQuoted(value: string): string {
  const pieces = parseQuoted(value);
  if (typeof pieces === 'string') throw new Error(pieces);
  const parts: RunPart[] = pieces.flatMap((p) =>
    'text' in p ? [p.text] : [QUOTE_EDGE, p.quote, QUOTE_EDGE]
  );
  const set = typesetRun(parts);
  let i = 0;
  return pieces
    .map((p: QuotedPiece) => {
      const value = set[i++]!;
      if ('text' in p) return value;
      // A slip kept as printed is the source's own text: never set.
      return `<Q o="${p.original}">${isSlip(p.quote, p.original) ? p.quote : value}</Q>`;
    })
    .join('');
}

const ru = (value: string | undefined) => (value === undefined ? undefined : typesetQuoted(value));

/** The Russian names table, looked up by kind and id. */
export interface NamesTable {
  entries: readonly NameEntry[];
  get(kind: NameEntry['kind'], id: string): NameEntry | undefined;
}

export function namesTable(entries: readonly NameEntry[]): NamesTable {
  const map = new Map(entries.map((e) => [`${e.kind}/${e.target}`, e]));
  return { entries, get: (kind, id) => map.get(`${kind}/${id}`) };
}

/** "механизм коллективной обороны" → "Механизм коллективной обороны", for a heading. */
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The outlines of the Russian MDX entries, by file, as they compiled. */
async function outlinesOf(entries: readonly RuMdx[]): Promise<Map<string, MdxOutline>> {
  // Rendered side by side, as the English ones (site-data.ts).
  const compiled = await Promise.all(
    entries.map(async (entry) => {
      const { remarkPluginFrontmatter } = await render(entry);
      const outline = (remarkPluginFrontmatter as { [OUTLINE_KEY]?: MdxOutline })[OUTLINE_KEY];
      if (!outline) throw new AstroError(`${entry.filePath ?? entry.id} has no outline`);
      return [entry.filePath ?? entry.id, outline] as const;
    })
  );
  return new Map(compiled);
}

/**
 * The Russian SiteData, from the English one (already loaded and checked) and content/ru/.
 * `outlines` receives the Russian outlines, keyed by file, for the data layer's outline().
 */
export async function russianSiteData(
  english: SiteData,
  outlines: Map<string, MdxOutline>
): Promise<{
  data: Omit<SiteData, 'byId' | 'outline' | 'untranslated'>;
  untranslated: Set<string>;
}> {
  const [pages, states, sources, events, people, glossary, names] = await Promise.all([
    getCollection('ruPages'),
    getCollection('ruStates'),
    getCollection('ruSources'),
    getCollection('ruEvents'),
    getCollection('ruPeople'),
    getCollection('ruGlossary'),
    getCollection('ruNames'),
  ]);
  for (const [file, outline] of await outlinesOf([...pages, ...states, ...sources]))
    outlines.set(file, outline);
  const table = namesTable(names.map((n) => n.data));
  const problems: Problems = [];
  const untranslated = new Set<string>();

  // ---- parity ------------------------------------------------------------------------------
  problems.push(
    ...compareNames('content/ru/names.yaml', table.entries, {
      state: new Set(english.states.map((s) => s.id)),
      person: new Set(english.people.map((p) => p.id)),
      term: new Set(english.glossary.map((t) => t.id)),
      source: new Set(english.sources.map((s) => s.id)),
    })
  );
  const outlineOfTwin = (twin: RuMdx): MdxOutline => {
    const outline = outlines.get(twin.filePath ?? twin.id);
    if (!outline) throw new Error(`No outline for ${twin.filePath ?? twin.id}, which compiled`);
    return outline;
  };
  const mdxTwins = <E extends MdxEntry, R extends RuMdx>(
    what: string,
    folder: 'pages' | 'states' | 'sources',
    en: readonly E[],
    ru: readonly R[]
  ) => {
    problems.push(
      ...compareIds(
        what,
        { file: `content/${folder}/`, ids: en.map((e) => e.id) },
        { file: `content/ru/${folder}/`, ids: ru.map((r) => r.id) }
      )
    );
    const byId = new Map(ru.map((r) => [r.id, r]));
    for (const entry of en) {
      const twin = byId.get(entry.id);
      if (!twin) continue;
      problems.push(
        ...compareOutlines(
          entryFile(folder, entry),
          twin.filePath ?? entry.id,
          english.outline(entry),
          outlineOfTwin(twin)
        )
      );
    }
    return byId;
  };
  const ruPages = mdxTwins('page', 'pages', english.pages, pages);
  const ruStates = mdxTwins('profile', 'states', english.states, states);
  const ruSources = mdxTwins('source page', 'sources', english.sources, sources);
  const yamlTwins = <R extends { id: string }>(
    what: string,
    enFile: string,
    ruFile: string,
    en: readonly { id: string }[],
    ru: readonly R[]
  ) => {
    problems.push(
      ...compareIds(
        what,
        { file: enFile, ids: en.map((e) => e.id) },
        { file: ruFile, ids: ru.map((r) => r.id) }
      )
    );
    return new Map(ru.map((r) => [r.id, r]));
  };
  const ruEvents = yamlTwins(
    'event',
    'content/events/events.yaml',
    'content/ru/events.yaml',
    english.events,
    events
  );
  const ruPeople = yamlTwins(
    'person',
    'content/people/people.yaml',
    'content/ru/people.yaml',
    english.people,
    people
  );
  const ruTerms = yamlTwins(
    'term',
    'content/glossary/glossary.yaml',
    'content/ru/glossary.yaml',
    english.glossary,
    glossary
  );

  // ---- the joined entries ---------------------------------------------------------------------
  /** An MDX entry with its twin's body and file; the English entry itself while it has none. */
  const joinMdx = <E extends MdxEntry>(entry: E, twin: RuMdx | undefined, data: E['data']): E => {
    if (!twin) {
      untranslated.add(`${entry.collection}/${entry.id}`);
      return entry;
    }
    return {
      ...entry,
      filePath: twin.filePath,
      body: twin.body,
      digest: twin.digest,
      rendered: twin.rendered,
      deferredRender: (twin as { deferredRender?: boolean }).deferredRender,
      data,
    } as E;
  };

  const joinedPages = english.pages.map((page): Page => {
    const twin = ruPages.get(page.id);
    return joinMdx(page, twin, {
      ...page.data,
      ...(twin
        ? {
            title: ru(twin.data.title)!,
            description: ru(twin.data.description)!,
            nav: ru(twin.data.nav),
          }
        : {}),
    });
  });

  const joinedStates = english.states.map((state): State => {
    const twin = ruStates.get(state.id);
    const file = twin?.filePath ?? `content/ru/states/${state.id}.mdx`;
    const name = table.get('state', state.id);
    if (twin) {
      problems.push(
        ...compareFields(file, [
          { field: 'capital', en: state.data.capital, ru: twin.data.capital },
          { field: 'statusNote', en: state.data.statusNote, ru: twin.data.statusNote },
          { field: 'summary', en: state.data.summary, ru: twin.data.summary },
        ])
      );
      if (twin.data.membershipNotes.length !== state.data.membership.length)
        problems.push(
          `${file}: membershipNotes has ${twin.data.membershipNotes.length} notes for ${state.data.membership.length} periods of content/states/${state.id}.mdx (one per period, '' where the English has no note)`
        );
      state.data.membership.forEach((period, i) =>
        problems.push(
          ...compareFields(file, [
            { field: `membershipNotes[${i}]`, en: period.note, ru: twin.data.membershipNotes[i] },
          ])
        )
      );
    }
    return joinMdx(state, twin, {
      ...state.data,
      name: name?.name ?? state.data.name,
      aliases: [...(name?.aliases ?? []), state.data.name, ...state.data.aliases],
      ...(twin
        ? {
            capital: ru(twin.data.capital),
            statusNote: ru(twin.data.statusNote)!,
            summary: ru(twin.data.summary)!,
            membership: state.data.membership.map((period, i) => ({
              ...period,
              note: ru(twin.data.membershipNotes[i] || undefined),
            })),
          }
        : {}),
    });
  });

  const joinedSources = english.sources.map((source): Source => {
    const twin = ruSources.get(source.id);
    const file = twin?.filePath ?? `content/ru/sources/${source.id}.mdx`;
    const name = table.get('source', source.id);
    if (twin) {
      problems.push(
        ...compareFields(file, [
          { field: 'outletNote', en: source.data.outletNote, ru: twin.data.outletNote },
          { field: 'authorNote', en: source.data.authorNote, ru: twin.data.authorNote },
          { field: 'headlineNote', en: source.data.headlineNote, ru: twin.data.headlineNote },
          { field: 'dateNote', en: source.data.dateNote, ru: twin.data.dateNote },
        ]),
        ...compareGuides(file, source.data, twin.data)
      );
    }
    const gists = new Map(twin?.data.paragraphs.map((p) => [p.n, p.gist]));
    const whats = new Map(twin?.data.unnumbered.map((u) => [u.lines, u.what]));
    return joinMdx(source, twin, {
      ...source.data,
      short: name?.short ?? name?.name ?? source.data.short,
      ...(twin
        ? {
            outletNote: ru(twin.data.outletNote),
            authorNote: ru(twin.data.authorNote),
            headlineNote: ru(twin.data.headlineNote),
            dateNote: ru(twin.data.dateNote),
            paragraphs: source.data.paragraphs.map((p) => ({
              ...p,
              gist: ru(gists.get(p.n)) ?? p.gist,
            })),
            unnumbered: source.data.unnumbered.map((u) => ({
              ...u,
              what: ru(whats.get(u.lines)) ?? u.what,
            })),
          }
        : {}),
    });
  });

  const joinedEvents = english.events.map((event) => {
    const twin = ruEvents.get(event.id);
    if (!twin) {
      untranslated.add(`events/${event.id}`);
      return event;
    }
    problems.push(
      ...compareFields(`content/ru/events.yaml, event "${event.id}"`, [
        { field: 'title', en: event.data.title, ru: twin.data.title },
        { field: 'summary', en: event.data.summary, ru: twin.data.summary },
        { field: 'dateNote', en: event.data.dateNote, ru: twin.data.dateNote },
      ])
    );
    return {
      ...event,
      filePath: 'content/ru/events.yaml',
      data: {
        ...event.data,
        title: ru(twin.data.title)!,
        summary: ru(twin.data.summary)!,
        dateNote: ru(twin.data.dateNote),
      },
    };
  });

  const joinedPeople = english.people
    .map((person) => {
      const twin = ruPeople.get(person.id);
      const name = table.get('person', person.id);
      if (!twin) untranslated.add(`people/${person.id}`);
      else
        problems.push(
          ...compareFields(`content/ru/people.yaml, person "${person.id}"`, [
            { field: 'role', en: person.data.role, ru: twin.data.role },
            { field: 'summary', en: person.data.summary, ru: twin.data.summary },
          ])
        );
      return {
        ...person,
        ...(twin ? { filePath: 'content/ru/people.yaml' } : {}),
        data: {
          ...person.data,
          name: name?.name ?? person.data.name,
          // The spellings the sources print, as on the English page: the reader meets them there.
          aliases: [...(name?.aliases ?? []), person.data.name, ...person.data.aliases],
          ...(twin ? { role: ru(twin.data.role)!, summary: ru(twin.data.summary)! } : {}),
        },
      };
    })
    .sort((a, b) => compareBySurname(a.data.name, b.data.name, 'ru'));

  const joinedGlossary = english.glossary
    .map((term) => {
      const twin = ruTerms.get(term.id);
      const name = table.get('term', term.id);
      if (!twin) untranslated.add(`glossary/${term.id}`);
      else
        problems.push(
          ...compareFields(`content/ru/glossary.yaml, term "${term.id}"`, [
            { field: 'definition', en: term.data.definition, ru: twin.data.definition },
          ])
        );
      const shown = name
        ? capitalized(
            name.short && name.short !== name.name ? `${name.name} (${name.short})` : name.name
          )
        : term.data.term;
      return {
        ...term,
        ...(twin ? { filePath: 'content/ru/glossary.yaml' } : {}),
        data: {
          ...term.data,
          term: typeset(shown),
          aliases: [...new Set([...(name?.aliases ?? []), term.data.term, ...term.data.aliases])],
          ...(twin ? { definition: ru(twin.data.definition)! } : {}),
        },
      };
    })
    .sort((a, b) => a.data.term.localeCompare(b.data.term, 'ru'));

  if (problems.length > 0) {
    if (RUSSIAN_EDITION_COMPLETE)
      throw new AstroError(
        `The Russian edition differs from the English (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'})`,
        `${problems.join('\n')}\n\nEvery page, section, event, person, term, paragraph-guide entry, citation and quotation has its twin in content/ru/ (content/README.md, "The Russian edition"). While translations are still landing, RUSSIAN_EDITION_COMPLETE in src/i18n/editions.ts turns these into warnings.`
      );
    console.warn(
      `[translations] the Russian edition is incomplete (${problems.length} differences; warnings until RUSSIAN_EDITION_COMPLETE in src/i18n/editions.ts):\n  ${problems.join('\n  ')}`
    );
  }

  return {
    untranslated,
    data: {
      lang: 'ru',
      pages: joinedPages,
      states: joinedStates,
      sources: joinedSources,
      events: joinedEvents,
      people: joinedPeople,
      glossary: joinedGlossary,
      searchNames: english.searchNames,
      names: table,
    },
  };
}
