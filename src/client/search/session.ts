/**
 * One search session: what the dialog (dialog.ts) and the search page (page.ts) share, written
 * once — loading, when a search runs, which reply may touch the screen, and what is said.
 *
 * - Loading: the lexicon first (the entities and the map of the index's records), then Pagefind.
 *   The entities a query names show as soon as the lexicon is in, before Pagefind has loaded.
 * - Each keystroke shows the entities the query names at once. A query that arrives whole (pasted,
 *   chosen from the examples, read from the address) or whose last word is finished (a space
 *   follows it) is searched by Pagefind after DEBOUNCE_MS; a word still being typed is not: its
 *   first letters would fetch index chunks that the whole word does not need (each a request of
 *   a first search), so while a word is typed Pagefind only preloads the chunks of the words
 *   before it, and searches the whole query once typing pauses for SETTLED_MS. Results show at
 *   once (their titles and sections come from the lexicon); their excerpts are fetched once the
 *   query has stood for EXCERPTS_AFTER_MS: a query typed past meanwhile fetches nothing.
 * - Every search has a sequence number; only the latest may touch the screen, so a late reply to
 *   an earlier query, or a page of "More results" for it, is dropped.
 * - What is said: the count once typing pauses (ANNOUNCE_AFTER_MS), the note on corrected words
 *   (with "search instead for" the words as typed), and one sentence for each way search fails.
 */
import {
  entityHits,
  loadEngine,
  preloadSearch,
  loadLexicon,
  runSearch,
  type PageHit,
  type SearchEngine,
  type SearchLexicon,
  type SearchOutcome,
} from './engine';
import { correctionNote, countMessage, el, SEARCH_TEXT } from './render';
import { isActive, isSearchable, type SearchState } from './query';

/** A pause this long ends a burst of input; a query typed past meanwhile asks Pagefind nothing. */
const DEBOUNCE_MS = 80;
/** A word being typed is searched once typing pauses this long (Pagefind's own UI waits 300 ms). */
const SETTLED_MS = 300;
/**
 * Excerpts are fetched once the query has stood this long: a query typed past fetches none (at
 * 300 ms, a typist's pause after a finished word fetched the excerpts of the words so far).
 */
const EXCERPTS_AFTER_MS = 500;
const ANNOUNCE_AFTER_MS = 500;

export interface SessionConfig {
  /** Base-path URL of the Pagefind bundle, "/csto/pagefind/". */
  bundle: string;
  /** The folder of the lexicon (lexicon.json: entities, records' map, vocabulary), "/csto/search/". */
  lexicon: string;
  /** The A–Z index, offered when search cannot load. */
  index: string;
}

export interface SessionOptions {
  /** Results fetched for a new query. */
  first: number;
  /** Of those, how many records get their excerpt fetched (Infinity: all). */
  excerpts: number;
}

export interface SessionView {
  /**
   * Shows results for `state`. `complete` is false while only the entities the query names are
   * known (Pagefind's results are on their way).
   */
  results(
    pages: PageHit[],
    outcome: SearchOutcome | undefined,
    state: SearchState,
    complete: boolean
  ): void;
  /** Nothing to search for (an empty query and no filter). */
  cleared(state: SearchState): void;
  /** The status line: the count, or what failed. */
  status(message: (string | Node)[]): void;
  /** The note on corrected words, or nothing. */
  correction(note: (string | Node)[] | undefined): void;
  /** Search failed (the status says how): the dialog passes a waiting Enter to the search page. */
  failed?(): void;
}

export class SearchSession {
  lexicon: SearchLexicon | undefined;
  engine: SearchEngine | undefined;
  /** Search could not be loaded, or failed: the failure stays said, whatever is typed. */
  failed = false;
  /** The search on screen. */
  outcome: SearchOutcome | undefined;
  private seq = 0;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private announce: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<SearchEngine | undefined> | undefined;
  /** The query the reader asked to search as typed ("search instead for"). */
  private asTyped: string | undefined;
  private current: SearchState = { query: '', filters: {} };
  /** When the query last changed (performance.now()). */
  private changedAt = 0;

  constructor(
    private readonly config: SessionConfig,
    private readonly view: SessionView,
    private readonly options: SessionOptions
  ) {}

  /** Starts loading (once); resolves when Pagefind is ready, or undefined when it failed. */
  start(): Promise<SearchEngine | undefined> {
    this.loading ??= (async () => {
      const { bundle, lexicon } = this.config;
      void loadLexicon(bundle, lexicon).then(
        (loaded) => {
          this.lexicon = loaded;
          // Whatever was typed meanwhile shows its entities now.
          if (!this.engine && isActive(this.current)) this.showEntities(this.current);
        },
        () => undefined
      );
      try {
        this.engine = await loadEngine(bundle, lexicon);
        this.lexicon = this.engine.lexicon;
        return this.engine;
      } catch {
        this.fail('load');
        return undefined;
      }
    })();
    return this.loading;
  }

  /** Searches `state`: its entities at once, Pagefind's results once typing pauses. */
  search(state: SearchState): void {
    const seq = ++this.seq;
    const previous = this.current;
    this.current = state;
    clearTimeout(this.debounce);
    clearTimeout(this.announce);
    if (this.asTyped !== undefined && this.asTyped !== state.query) this.asTyped = undefined;
    if (this.failed) return;
    if (!isActive(state)) {
      this.outcome = undefined;
      this.view.correction(undefined);
      this.view.cleared(state);
      return;
    }
    this.showEntities(state);
    const typing = isTyping(previous.query, state.query);
    this.changedAt = performance.now();
    if (typing && !/\s$/.test(state.query)) {
      // The last word is being typed: the words before it are final, so their chunks load now.
      const before = state.query.replace(/\S+$/, '');
      this.debounce = setTimeout(() => {
        if (isSearchable(before) && this.engine) void preloadSearch(this.engine, before);
        this.debounce = setTimeout(() => void this.run(seq, state), SETTLED_MS - DEBOUNCE_MS);
      }, DEBOUNCE_MS);
    } else {
      this.debounce = setTimeout(() => void this.run(seq, state), DEBOUNCE_MS);
    }
  }

  /** Searches the words of the current query as typed, uncorrected. */
  searchAsTyped(): void {
    this.asTyped = this.current.query;
    this.search(this.current);
  }

  /** The next `count` results of the search on screen; undefined when a newer search replaced it. */
  async more(count: number, excerpts = this.options.excerpts): Promise<PageHit[] | undefined> {
    const seq = this.seq;
    const outcome = this.outcome;
    if (!outcome) return undefined;
    try {
      const pages = await outcome.more(count, excerpts);
      return seq === this.seq && outcome === this.outcome ? pages : undefined;
    } catch {
      if (seq === this.seq) this.fail('more');
      return undefined;
    }
  }

  /** True while `seq`'s search is the latest. */
  isLatest(seq: number): boolean {
    return seq === this.seq;
  }

  private showEntities(state: SearchState) {
    if (!this.lexicon || this.failed) return;
    const instant = entityHits(this.lexicon, state.query, state.filters, this.exact(state));
    if (instant.length > 0) this.view.results(instant, undefined, state, false);
  }

  private exact(state: SearchState): boolean {
    return this.asTyped !== undefined && this.asTyped === state.query;
  }

  private async run(seq: number, state: SearchState) {
    const engine = this.engine ?? (await this.start());
    if (!engine || seq !== this.seq) return;
    try {
      const outcome = await runSearch(engine, state.query, state.filters, this.exact(state));
      if (seq !== this.seq) return;
      const pages = await outcome.more(this.options.first);
      if (seq !== this.seq) return;
      this.outcome = outcome;
      this.view.correction(
        outcome.corrected ? correctionNote(outcome.corrected, state.query.trim()) : undefined
      );
      this.view.results(pages, outcome, state, true);
      this.announce = setTimeout(() => {
        if (seq === this.seq) this.view.status([countMessage(outcome.total, state)]);
      }, ANNOUNCE_AFTER_MS);
      // Excerpts cost a fetch each: only for a query the reader has stopped typing.
      const stood = performance.now() - this.changedAt;
      await new Promise((resolve) => {
        this.debounce = setTimeout(resolve, Math.max(0, EXCERPTS_AFTER_MS - stood));
      });
      if (seq !== this.seq) return;
      if ((await outcome.loadExcerpts(this.options.excerpts)) > 0 && seq === this.seq)
        this.view.results(pages, outcome, state, true);
    } catch {
      // A fragment that failed to load (a new deploy, a dropped connection).
      if (seq === this.seq) this.fail('search');
    }
  }

  private fail(what: 'load' | 'search' | 'more') {
    this.view.failed?.();
    const link = el('a', undefined, SEARCH_TEXT.index);
    link.href = this.config.index;
    if (what === 'load') {
      this.failed = true;
      // The entities shown meanwhile go too: what search cannot finish it does not half show.
      this.view.cleared(this.current);
      this.view.status([SEARCH_TEXT.loadFailed, link, '.']);
    } else {
      this.view.status([
        what === 'more' ? SEARCH_TEXT.moreFailed : SEARCH_TEXT.searchFailed,
        SEARCH_TEXT.retry,
        link,
        '.',
      ]);
    }
  }
}

/**
 * Whether `next` is `previous` with one character typed or deleted at its end, the same filters
 * aside: a reader typing (a paste, an example chosen or a query read from the address is not).
 */
export function isTyping(previous: string, next: string): boolean {
  const [shorter, longer] = previous.length < next.length ? [previous, next] : [next, previous];
  return longer.length - shorter.length === 1 && longer.startsWith(shorter);
}
