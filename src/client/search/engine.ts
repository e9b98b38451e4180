/**
 * Runs a search: reads the query (understand.ts), asks Pagefind, and lists the entities the query
 * names ahead of Pagefind's results, which are sections grouped by page (results.ts).
 *
 * What loads when: the lexicon first (search/lexicon.json) — the entities with all their names,
 * and the map of the index's records to pages and sections (src/lib/search/records.ts) — so the
 * entities a query names show before Pagefind's engine (72 KiB) has loaded; then Pagefind.
 * Showing a result costs nothing: its page's title and its sections' headings come from the map.
 * Only an excerpt costs a fetch (one record's fragment, about half a kilobyte), made by
 * `loadExcerpts()` (or `more()`) for as many records as it is asked to.
 */
import type { Vocabulary } from '../../lib/search/lexicon';
import {
  decodeRecords,
  type IndexedPage,
  type IndexedRecord,
  type SearchLexiconFile,
} from '../../lib/search/records';
import type { FilterCounts, FilterSelection, PagefindModule, PagefindResult } from './pagefind';
import { SEARCH_KIND } from '../../lib/search/kinds';
import { FILTER_KEYS, isSearchable, searchedText, withHighlight } from './query';
import { aboutFirst, coverage, isAbout } from './rank';
import { countPages, groupByPage, type PageGroup, type RecordHit } from './results';
import { QueryReader, words, type EntityMatch, type Understanding } from './understand';
import { escapeText } from '../../lib/site/text';
import { readsAsQuestion } from '../../lib/search/question';
import { answerIn } from './answer-section';
import { joinBase, pathOf, recordPath } from './paths';

export interface SectionHit {
  title: string;
  url: string;
  /** Pagefind's excerpt: plain text with the matched words in <mark>; '' until fetched. */
  excerpt: string;
}

export interface PageHit {
  title: string;
  url: string;
  /** HTML: text, and <mark> around matched words; '' when none was fetched. */
  excerpt: string;
  /** The page's "kind" filter value (Profile, Event, …). */
  kind: string | undefined;
  sections: SectionHit[];
  /** True for an entity's own entry (a state, person, term or event the query names). */
  entity: boolean;
}

export interface SearchOutcome {
  /** Results matching the query and filters: entities, then the pages of Pagefind's sections. */
  total: number;
  /** The entities the query names, ready without any fetch. */
  entities: PageHit[];
  /** For each filter value, how many pages would match with it (given the query). */
  counts: FilterCounts;
  /** The query with misspelled words corrected, when any were. */
  corrected: string | undefined;
  /**
   * The next `count` results (the first call starts with the entities), with the excerpts of their
   * first `excerpts` records fetched (Infinity: all; 0, the default: none yet).
   */
  more(count: number, excerpts?: number): Promise<PageHit[]>;
  /**
   * Fetches the excerpts of up to `limit` more records of the results already returned by more(),
   * in reading order, into those results; resolves with how many were fetched.
   */
  loadExcerpts(limit: number): Promise<number>;
}

/** What search knows before Pagefind loads. */
export interface SearchLexicon {
  /** Undefined when the entities could not be loaded: Pagefind alone then. */
  reader: QueryReader | undefined;
  /** Each record of the index by Pagefind's id. */
  records: ReadonlyMap<string, IndexedRecord>;
  /** The site's base path, "/" or "/csto/". */
  base: string;
  /** The content's words, handed to the reader when a query first needs them. */
  vocabulary: Vocabulary;
}

export interface SearchEngine {
  pagefind: PagefindModule;
  lexicon: SearchLexicon;
  /** Gives the reader the vocabulary (it came with the lexicon), once. */
  loadVocabulary(): Promise<void>;
}

/** Sections shown under a page. */
const SECTIONS_PER_PAGE = 2;
/**
 * Pagefind's default (0.75) favours short records so strongly that a two-line introduction
 * outranks the section that holds every word of the query. Sections are short by nature.
 */
const RANKING = { pageLength: 0.15 };
/**
 * Pagefind 1.5+ searches in a web worker by default, which costs a second copy of its engine
 * (pagefind-worker.js, 12 KiB gzip) and one more request before the first result. This index is
 * small: a search takes milliseconds on the page's own thread (`npm run bench:search`).
 */
const PAGEFIND_OPTIONS = { excerptLength: 18, ranking: RANKING, noWorker: true };

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

let lexiconLoading: Promise<SearchLexicon> | undefined;
let engineLoading: Promise<SearchEngine> | undefined;

/**
 * Fetches the lexicon (the entities, the records' map and the vocabulary, one file), once; a
 * failure may be retried. The vocabulary (5.8 KiB gzip English, 14.6 Russian) was a file of its
 * own, fetched for a query with a word no name has: one more request for nearly every query of
 * several words, which put free text over the first search's twelve (README, "Site figures").
 */
export function loadLexicon(bundle: string, lexicon: string): Promise<SearchLexicon> {
  lexiconLoading ??= getJson<SearchLexiconFile>(`${lexicon}lexicon.json`).then((file) => ({
    reader: new QueryReader(file.entities),
    records: decodeRecords(file),
    base: bundle.replace(/pagefind\/$/, ''),
    vocabulary: file.vocabulary,
  }));
  lexiconLoading.catch(() => {
    lexiconLoading = undefined;
  });
  return lexiconLoading;
}

/** Loads the lexicon and Pagefind (`<bundle>pagefind.js`, its WebAssembly and metadata), once. */
export function loadEngine(bundle: string, lexicon: string): Promise<SearchEngine> {
  engineLoading ??= (async () => {
    const lexiconReady = loadLexicon(bundle, lexicon);
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
    await pagefind.options(PAGEFIND_OPTIONS);
    await pagefind.init();
    const loaded = await lexiconReady;
    let vocabularySet = false;
    const loadVocabulary = async () => {
      if (vocabularySet || !loaded.reader) return;
      loaded.reader.setVocabulary(loaded.vocabulary);
      vocabularySet = true;
    };
    return { pagefind, lexicon: loaded, loadVocabulary };
  })();
  // A failed load (offline, missing index) may be retried on the next search.
  engineLoading.catch(() => {
    engineLoading = undefined;
  });
  return engineLoading;
}

/**
 * Runs one search, fetching no fragment yet. `query` may be empty when a filter is chosen: all
 * pages under the filter. `exact` searches the words as typed, uncorrected.
 */
export async function runSearch(
  engine: SearchEngine,
  query: string,
  filters: FilterSelection,
  exact = false
): Promise<SearchOutcome> {
  const { pagefind, lexicon } = engine;
  const { reader } = lexicon;
  // Below two characters the query is left out and only the filters apply (see isSearchable).
  const typed = isSearchable(query) ? searchedText(query) : '';
  if (typed && reader?.needsVocabulary(typed)) await engine.loadVocabulary();
  const reading = typed && reader ? reader.read(typed, exact) : undefined;
  let term = reading ? reading.pagefindQuery : typed;
  // Pagefind would answer a word found nowhere ("zzqx") with loose matches (the "A to Z" of a lead).
  if (reading?.nonsense)
    return {
      total: 0,
      entities: [],
      counts: {},
      corrected: undefined,
      more: async () => [],
      loadExcerpts: async () => 0,
    };
  let response = await pagefind.search(term === '' ? null : term, { filters });
  // Filler is dropped only while the rest still finds something.
  if (
    reading &&
    response.results.length === 0 &&
    reading.entities.length === 0 &&
    reading.fullQuery !== term
  ) {
    term = reading.fullQuery;
    response = await pagefind.search(term, { filters });
  }
  const terms = words(term);
  // An event where the things named meet, without naming them itself, follows the section that
  // holds every word (see outcome).
  const found = reading?.meeting
    ? [...reading.entities, reading.meeting]
    : (reading?.entities ?? []);
  const matches = found.filter((match) => inFilters(match, filters));
  let groups = groupByPage(response.results, lexicon.records);
  let answer: RecordHit<PagefindResult> | undefined;
  // A query of several words that no one entry's names hold all of (a question, several names, an
  // event in the reader's words) is scored section by section (answer-section.ts).
  const question = readsAsQuestion(typed, words(typed));
  const count = reading?.terms.length ?? 0;
  if (
    reading &&
    reader &&
    !exact &&
    count >= 2 &&
    count <= MAX_SCORED_WORDS &&
    (question || !reading.whole || response.results.length === 0)
  ) {
    ({ groups, answer } = await answerIn(groups, {
      pagefind,
      lexicon,
      reader,
      reading,
      matches,
      filters,
      question,
      found: response.results.length > 0,
    }));
  }
  return outcome(lexicon, groups, matches, terms, term, reading, answer);
}

/**
 * Loads the index chunks that `query` needs (as runSearch would ask Pagefind for it) without
 * searching: the words a reader has finished typing, while the next one is still being typed.
 * A failure is left for the search itself to meet.
 */
export async function preloadSearch(engine: SearchEngine, query: string): Promise<void> {
  const { pagefind, lexicon } = engine;
  const typed = searchedText(query);
  const reader = lexicon.reader;
  try {
    if (reader?.needsVocabulary(typed)) await engine.loadVocabulary();
    const reading = reader?.read(typed);
    if (reading?.nonsense) return;
    await pagefind.preload(reading ? reading.pagefindQuery : typed);
  } catch {
    // runSearch will meet the same failure and say so.
  }
}

/** Past this many content words (a pasted paragraph) the words are not searched one by one. */
const MAX_SCORED_WORDS = 8;

/** A result before it is shown: an entity, or a page of Pagefind's sections (or both). */
interface Pending {
  hit: PageHit;
  /** The entity's own page's records, or the page's. */
  group: PageGroup<PagefindResult> | undefined;
  /** The records behind hit.sections, in the same order. */
  sections: RecordHit<PagefindResult>[];
}

function outcome(
  lexicon: SearchLexicon,
  groups: PageGroup<PagefindResult>[],
  matches: EntityMatch[],
  terms: string[],
  term: string,
  reading: Understanding | undefined,
  answer?: RecordHit<PagefindResult>
): SearchOutcome {
  const entities = matches.map((match) => entityHit(match, term));
  const corrected = reading?.corrected;
  // An entity's own page (a profile, an event page) gives it its sections; the entity's own
  // section of the People or Glossary page is left out of that page's sections.
  const ownsPage = (match: EntityMatch) =>
    match.entity.pageKind === SEARCH_KIND.profile || match.entity.pageKind === SEARCH_KIND.event;
  const owned = new Map<string, number>();
  matches.forEach((match, i) => {
    if (ownsPage(match)) owned.set(pathOf(match.entity.url, lexicon.base), i);
  });
  const entitySections = new Set(matches.map((m) => pathOf(m.url, lexicon.base)));
  const pending: Pending[] = entities.map((hit) => ({ hit, group: undefined, sections: [] }));
  const pages: Pending[] = [];
  for (const group of groups) {
    const hits = group.hits.filter(
      (h) => !entitySections.has(group.page.url + (h.record.section ? `#${h.record.section}` : ''))
    );
    const owner = owned.get(group.page.url);
    if (owner !== undefined) pending[owner]!.group = { ...group, hits };
    else if (hits.length > 0)
      pages.push({
        hit: pageHit(group.page, term, lexicon.base),
        group: { ...group, hits },
        sections: [],
      });
  }
  // What goes ahead of the entities, when they do not answer the whole query (Pagefind's sections
  // hold every word of it): a section headed with every word of the query ("has Armenia left the
  // CSTO" — "Has Armenia left the CSTO?"); else, for a query naming several things, the page
  // where they meet, Pagefind's best (it may be one of those things' own page).
  const headed =
    reading?.partial && terms.length > 1
      ? groups.find((g) =>
          g.hits.some((h) => h.record.heading && coverage(h.record.heading, terms) > 0)
        )
      : undefined;
  const first =
    answer?.record.page.url ??
    headed?.page.url ??
    (reading?.several ? groups[0]?.page.url : undefined);
  const takeFirst = (list: Pending[]) => {
    const at = list.findIndex((item) => item.group?.page.url === first);
    return at === -1 ? [] : list.splice(at, 1);
  };
  // An answer that is the entry of an entity named (an event asked about with "when") moves that
  // entity first.
  const answerEntity = answer
    ? matches.findIndex((m) => pathOf(m.entity.url, lexicon.base) === recordPath(answer.record))
    : -1;
  const ahead =
    answerEntity !== -1
      ? pending.splice(answerEntity, 1)
      : first
        ? [...takeFirst(pending), ...takeFirst(pages)]
        : [];
  const ordered = [...ahead, ...pending, ...pages];
  for (const item of ordered)
    if (item.group) fillSections(item, terms, term, lexicon.base, answer?.result);

  let next = 0;
  /** The records behind the results returned so far whose excerpts are shown, in reading order. */
  const wanted: { result: PagefindResult; set: (excerpt: string) => void }[] = [];
  const fetched = new Set<PagefindResult>();
  const loadExcerpts = async (limit: number): Promise<number> => {
    const load = wanted.filter((w) => !fetched.has(w.result)).slice(0, limit);
    for (const { result } of load) fetched.add(result);
    const data = await Promise.all(load.map(({ result }) => result.data()));
    data.forEach((fragment, i) => load[i]!.set(fragment.excerpt));
    return load.length;
  };
  const more = async (count: number, excerpts = 0): Promise<PageHit[]> => {
    const batch = ordered.slice(next, next + count);
    next += batch.length;
    for (const { hit, group, sections } of batch) {
      if (!group) continue;
      const intro = group.hits.find((h) => h.record.section === '');
      if (intro) wanted.push({ result: intro.result, set: (e) => (hit.excerpt = e) });
      sections.forEach((source, i) =>
        wanted.push({ result: source.result, set: (e) => (hit.sections[i]!.excerpt = e) })
      );
    }
    if (excerpts > 0) await loadExcerpts(excerpts);
    return batch.map(({ hit }) => hit);
  };
  const pagesFound = groups.map((g) => g.page);
  return {
    total: ordered.length,
    entities,
    counts: countPages(pagesFound, FILTER_KEYS),
    corrected,
    more,
    loadExcerpts,
  };
}

/** Gives a result its best sections: the answer to a question, then those whose heading is about the query. */
function fillSections(
  item: Pending,
  terms: string[],
  term: string,
  base: string,
  answer: PagefindResult | undefined
) {
  const { group } = item;
  if (!group) return;
  const sections = group.hits.filter((h) => h.record.section !== '');
  item.sections = aboutFirst(
    aboutFirst(sections, (h) => isAbout(h.record.heading, terms)),
    (h) => h.result === answer
  ).slice(0, SECTIONS_PER_PAGE);
  item.hit.sections = item.sections.map((h) => ({
    title: h.record.heading,
    url: withHighlight(sectionUrl(group.page, h.record, base), term),
    excerpt: '',
  }));
}

function sectionUrl(page: IndexedPage, record: IndexedRecord, base: string): string {
  return joinBase(base, page.url) + (record.section ? `#${record.section}` : '');
}

function pageHit(page: IndexedPage, term: string, base: string): PageHit {
  return {
    title: page.title,
    url: withHighlight(joinBase(base, page.url), term),
    excerpt: '',
    kind: page.kind || undefined,
    sections: [],
    entity: false,
  };
}

/**
 * The entities a query names, at once and without asking Pagefind (the dialog shows them while
 * Pagefind loads or searches). With the vocabulary not yet loaded, misspelled words are not
 * corrected here.
 */
export function entityHits(
  lexicon: SearchLexicon,
  query: string,
  filters: FilterSelection,
  exact = false
): PageHit[] {
  const typed = isSearchable(query) ? query.trim() : '';
  if (!typed || !lexicon.reader) return [];
  const reading = lexicon.reader.read(typed, exact);
  return reading.entities
    .filter((match) => inFilters(match, filters))
    .map((match) => entityHit(match, reading.pagefindQuery));
}

/** An entity shows only under filters its page would pass. */
function inFilters(match: EntityMatch, filters: FilterSelection): boolean {
  return Object.entries(filters).every(
    ([key, value]) => match.entity.filters[key]?.includes(value) ?? false
  );
}

function entityHit(match: EntityMatch, term: string): PageHit {
  const { entity } = match;
  return {
    title: entity.title,
    url: withHighlight(match.url, term),
    excerpt: escapeText(entity.blurb),
    kind: entity.pageKind,
    sections: [],
    entity: true,
  };
}
