/**
 * Runs a search: reads the query (understand.ts), asks Pagefind, and lists the entities the query
 * names ahead of Pagefind's pages. Loads Pagefind's module and the search lexicon on first use.
 *
 * Nothing is fetched for a result until it is about to be shown: entity results need no fetch
 * (the lexicon has their title, link and one line), and each Pagefind page costs one fragment
 * fetch (1–9 KB), made only when `more()` asks for it.
 */
import type { LexiconEntity, Vocabulary } from '../../lib/search-lexicon';
import type {
  FilterCounts,
  FilterSelection,
  PagefindFragment,
  PagefindModule,
  PagefindSubResult,
} from './pagefind';
import { SEARCH_KIND } from '../../lib/search-kinds';
import { isSearchable, searchedText, withHighlight } from './query';
import { aboutFirst, isAbout } from './rank';
import { QueryReader, words, type EntityMatch } from './understand';

export interface SectionHit {
  title: string;
  url: string;
  /** Pagefind's excerpt: plain text with the matched words in <mark>. */
  excerpt: string;
}

export interface PageHit {
  title: string;
  url: string;
  /** HTML: text, and <mark> around matched words. */
  excerpt: string;
  /** The page's "kind" filter value (Profile, Event, …). */
  kind: string | undefined;
  sections: SectionHit[];
  /** True for an entity's own entry (a state, person, term or event the query names). */
  entity: boolean;
}

export interface SearchOutcome {
  /** Results matching the query and filters: entities, then Pagefind's other pages. */
  total: number;
  /** The entities the query names, ready without any fetch. */
  entities: PageHit[];
  /** For each filter value, how many pages would match with it (given the query). */
  counts: FilterCounts;
  /** The query with misspelled words corrected, when any were. */
  corrected: string | undefined;
  /**
   * Loads the next `count` results (the first call starts with the entities). A Pagefind page that
   * is an entity's own page is merged into it; with `refill` another is fetched in its place,
   * without, the call returns one fewer (the dialog, which fetches more when scrolled).
   */
  more(count: number, refill?: boolean): Promise<PageHit[]>;
}

export interface SearchEngine {
  pagefind: PagefindModule;
  /** Undefined when the lexicon could not be loaded: Pagefind alone then. */
  reader: QueryReader | undefined;
  /** Fetches the vocabulary into the reader, once; a failure leaves words uncorrected. */
  loadVocabulary(): Promise<void>;
}

const SECTIONS_PER_PAGE = 3;
/**
 * Pagefind's default (0.75) favours short pages so strongly that a one-paragraph event whose title
 * names Kazakhstan outranks the Kazakhstan profile for "Kazakhstan". The profiles, the People page
 * and the glossary are long by nature, so page length counts for little here.
 */
const RANKING = { pageLength: 0.15 };

/**
 * Pagefind 1.5+ searches in a web worker by default, which costs a second copy of its engine
 * (pagefind-worker.js, 12 KiB gzip) and one more request before the first result. This index is
 * small (about 42,000 words): a search takes milliseconds on the page's own thread (see
 * `npm run bench:search`), so the worker buys no responsiveness here and is not loaded.
 */
const PAGEFIND_OPTIONS = { excerptLength: 22, ranking: RANKING, noWorker: true };

let loading: Promise<SearchEngine> | undefined;

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Imports `<bundle>pagefind.js` and fetches `<lexicon>entities.json` once, side by side; Pagefind
 * then resolves result URLs against the base path. The vocabulary waits until a query needs it.
 */
export function loadEngine(bundle: string, lexicon: string | undefined): Promise<SearchEngine> {
  loading ??= (async () => {
    const reader = lexicon
      ? getJson<LexiconEntity[]>(`${lexicon}entities.json`).then(
          (entities) => new QueryReader(entities),
          () => undefined
        )
      : Promise.resolve(undefined);
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
    await pagefind.options(PAGEFIND_OPTIONS);
    await pagefind.init();
    const loaded = await reader;
    let vocabulary: Promise<void> | undefined;
    const loadVocabulary = () => {
      vocabulary ??=
        loaded && lexicon
          ? getJson<Vocabulary>(`${lexicon}vocabulary.json`).then(
              (words) => loaded.setVocabulary(words),
              () => {
                vocabulary = undefined;
              }
            )
          : Promise.resolve();
      return vocabulary;
    };
    return { pagefind, reader: loaded, loadVocabulary };
  })();
  // A failed load (offline, missing index) may be retried on the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
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
  const { pagefind, reader } = engine;
  // Below two characters the query is left out and only the filters apply (see isSearchable).
  const typed = isSearchable(query) ? searchedText(query) : '';
  if (typed && reader?.needsVocabulary(typed)) await engine.loadVocabulary();
  const reading = typed && reader ? reader.read(typed, exact) : undefined;
  let term = reading ? reading.pagefindQuery : typed;
  // Pagefind would answer a word found nowhere ("zzqx") with loose matches (the "A to Z" of a lead).
  if (reading?.nonsense)
    return { total: 0, entities: [], counts: {}, corrected: undefined, more: async () => [] };
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
  const matches = (reading?.entities ?? []).filter((match) => inFilters(match, filters));
  const entities = matches.map((match) => entityHit(match, term));
  const results = response.results;

  // Results in order: the entities, then Pagefind's pages. A Pagefind page that is an entity's own
  // page (a profile, an event page) gives its sections to the entity instead; the entity's own
  // section is left out of the People or Glossary page.
  const ownsPage = (hit: PageHit) =>
    hit.kind === SEARCH_KIND.profile || hit.kind === SEARCH_KIND.event;
  const entityPaths = new Map(entities.filter(ownsPage).map((hit) => [path(hit.url), hit]));
  const entitySections = new Set(matches.map((m) => m.url));
  let next = 0;
  let started = false;
  const more = async (count: number, refill = true): Promise<PageHit[]> => {
    const out: PageHit[] = [];
    if (!started) {
      started = true;
      out.push(...entities.slice(0, count));
    }
    do {
      const batch = results.slice(next, next + Math.max(count - out.length, 0));
      if (batch.length === 0) break;
      next += batch.length;
      for (const data of await Promise.all(batch.map((r) => r.data()))) {
        const owner = entityPaths.get(path(data.url));
        if (!owner) out.push(toPageHit(data, term, terms, entitySections));
        else if (owner.sections.length === 0) lend(owner, data);
      }
    } while (refill && out.length < count);
    return out;
  };
  /** The entity's own page, fetched anyway, gives it its excerpt (words marked) and sections. */
  const lend = (owner: PageHit, data: PagefindFragment) => {
    owner.excerpt = data.excerpt;
    owner.sections = sectionsOf(data, owner.title, terms, term, entitySections);
  };
  // An entity's own page is usually among Pagefind's results (they are counted once), a person's
  // or term's section is not a page of its own.
  const ownPages = entityPaths.size;
  return {
    total: results.length + entities.length - (results.length >= ownPages ? ownPages : 0),
    entities,
    counts: response.filters,
    corrected: reading?.corrected,
    more,
  };
}

/**
 * The entities a query names, at once and without asking Pagefind (the dialog shows them while
 * Pagefind searches). With the vocabulary not yet loaded, misspelled words are not corrected here.
 */
export function entityHits(
  engine: SearchEngine,
  query: string,
  filters: FilterSelection,
  exact = false
): PageHit[] {
  const typed = isSearchable(query) ? query.trim() : '';
  if (!typed || !engine.reader) return [];
  const reading = engine.reader.read(typed, exact);
  return reading.entities
    .filter((match) => inFilters(match, filters))
    .map((match) => entityHit(match, reading.pagefindQuery));
}

function path(url: string): string {
  return url.split(/[?#]/)[0]!;
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
    excerpt: escapeHtml(entity.blurb),
    kind: entity.pageKind,
    sections: [],
    entity: true,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function toPageHit(
  data: PagefindFragment,
  query: string,
  terms: string[],
  skip: Set<string>
): PageHit {
  const title = data.meta['title'] ?? data.url;
  return {
    title,
    url: withHighlight(data.url, query),
    excerpt: data.excerpt,
    kind: data.filters['kind']?.[0],
    sections: query ? sectionsOf(data, title, terms, query, skip) : [],
    entity: false,
  };
}

function sectionsOf(
  data: PagefindFragment,
  title: string,
  terms: string[],
  query: string,
  skip: Set<string>
): SectionHit[] {
  return pickSections(data, title, terms)
    .filter((sub) => !skip.has(sub.url))
    .map((sub) => ({ title: sub.title, url: withHighlight(sub.url, query), excerpt: sub.excerpt }));
}

/**
 * The sections worth showing under a page: those that start at a heading with an id (not the
 * text before the first heading, and not an h1, which is the page itself). Sections whose heading
 * is about the query come first, then the best matches.
 */
function pickSections(
  data: PagefindFragment,
  pageTitle: string,
  terms: string[]
): PagefindSubResult[] {
  const pageUrl = data.url.split('#')[0];
  const scored = data.sub_results
    .filter(
      (sub) =>
        sub.anchor &&
        sub.anchor.element !== 'h1' &&
        sub.url.split('#')[0] === pageUrl &&
        sub.url !== pageUrl &&
        sub.title !== pageTitle
    )
    .map((sub) => ({
      sub,
      score: sub.weighted_locations.reduce((sum, loc) => sum + loc.balanced_score, 0),
    }))
    .sort((a, b) => b.score - a.score)
    .map(({ sub }) => sub);
  return aboutFirst(scored, (sub) => isAbout(sub.title, terms)).slice(0, SECTIONS_PER_PAGE);
}
