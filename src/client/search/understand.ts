/**
 * What a reader's query means, before Pagefind sees it. Pure functions over the search lexicon
 * (src/lib/search/lexicon.ts: entities with all their names, and the content's words, which are
 * read only for a query with a word that is no entity's name — see needsVocabulary):
 *
 * 1. Question words and filler ("when did", "the") are set aside; engine.ts falls back to the
 *    whole query when the rest finds nothing.
 * 2. A word the content does not contain — not even as the start of a word, since the reader may
 *    still be typing — is corrected to the nearest known word: names first, within an edit
 *    distance that grows with the word's length.
 * 3. The entities the query names are found: a state, person, term or event one of whose names
 *    the query covers (all its words, or as many as any entity matches), best match first.
 * 4. Pagefind gets words it knows: a name it cannot know (Cyrillic, another romanisation) is
 *    replaced by the entity's shortest name that the content uses.
 *
 * Why an entity index rather than heavier Pagefind weights: Pagefind scores whole pages, so the
 * People page (forty people) or the Glossary can never reliably beat a short page that repeats a
 * name, whatever the weight of one heading; and it cannot know names the site never prints. A
 * list of entries with their names says directly which entry a name means.
 */
import type { EntityKind, LexiconEntity, Vocabulary } from '../../lib/search/lexicon';
import { fold } from './query';
import { allowedDistance, editDistance } from '../../lib/search/edit-distance';
import { readWordList } from '../../lib/search/word-list';
import { englishStem, MIN_STEM, russianStem, stemOf } from '../../lib/search/stems';

export { englishStem, russianStem } from '../../lib/search/stems';

/** Question words and filler: never the point of a query, always on every page. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been by did do does for from had has have how in into is it its of on or ' +
    'the their there this to was were what when where which who whom whose why will with about tell me ' +
    'did does happen happened ' +
    // Russian (folded: й is и, ё is е), for the Russian edition's questions.
    'а без в во где да для до же за и из или как какая какие каким какой когда ко кто ли на над ' +
    'не ни о об от по под при про с со так там то у что чем чеи чья это эта этот эти почему зачем ' +
    'сколько был была было были есть будет еще уже после перед через также сеичас ли ль разве ' +
    'такое такои такая такие таком'
  ).split(' ')
);

/** Up to this many entities go ahead of Pagefind's pages. */
const MAX_ENTITIES = 3;
const KIND_ORDER: Record<EntityKind, number> = { state: 0, person: 1, term: 2, event: 3 };

/** Folded words of a text, apostrophes inside words dropped ("Oʻzbekiston" = "O'zbekiston" = "ozbekiston"). */
export function words(text: string): string[] {
  return fold(text)
    .replace(/[\u02BB\u02BC\u2018\u2019'`]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 || /\p{N}/u.test(word));
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

export interface NameWords {
  entity: LexiconEntity;
  words: string[];
  alias: boolean;
  shown: boolean;
}

export interface Understanding {
  /** The query's words, corrected, without filler. */
  terms: string[];
  /** What Pagefind is asked ("" when nothing is left to search). */
  pagefindQuery: string;
  /** The same with the filler kept, tried when pagefindQuery finds nothing. */
  fullQuery: string;
  /** The corrected query as typed, when a word was corrected ("Kazakhstan intervention"). */
  corrected: string | undefined;
  /** Entities the query names, best first. */
  entities: EntityMatch[];
  /** No word of the query is known, even corrected ("zzqx"): nothing can match. */
  nonsense: boolean;
  /** No entity the query names holds all of its words (or it names none). */
  partial: boolean;
  /**
   * One entity's names hold every word of the query ("Indestructible Brotherhood"): no passage
   * can answer it better than that entry. False for an event found as the meeting place of the
   * things named, which other passages may hold as well.
   */
  whole: boolean;
  /** The query names several people, states or terms and no event: it looks for where they meet. */
  several: boolean;
  /** An event that involves the things the query names, to show after where they meet. */
  meeting: EntityMatch | undefined;
}

/** An entity the query names, and where the match lands. */
export interface EntityMatch {
  entity: LexiconEntity;
  /** Its entry, or the place that lists the alias the query matched. */
  url: string;
}

export class QueryReader {
  /** Every name of every entity, as words (answer-section.ts reads them too). */
  readonly names: NameWords[];
  /** Content words, sorted: Pagefind knows these. Empty until setVocabulary. */
  private contentWords: string[] = [];
  /** Words of names, search-only ones included, sorted. */
  private readonly nameWords: string[];
  /** The stems of the words of names (stems.ts). */
  private readonly nameStems: Set<string>;
  /** Words of the names the site shows (titles, aliases), sorted: Pagefind knows these too. */
  private readonly shownWords: string[];
  /** Each event with the words of all its names. */
  private readonly events: { entity: LexiconEntity; words: string[] }[];

  constructor(entities: LexiconEntity[]) {
    const nameWords = (name: string) => words(name).filter((w) => !isStopWord(w));
    this.names = entities.flatMap((entity) => [
      // names[0] is the title; the rest are search-only.
      ...entity.names.map((name, i) => ({
        entity,
        words: nameWords(name),
        alias: false,
        shown: i === 0,
      })),
      ...entity.aliases.map((name) => ({
        entity,
        words: nameWords(name),
        alias: true,
        shown: true,
      })),
    ]);
    this.nameWords = [...new Set(this.names.flatMap((n) => n.words))].sort();
    this.nameStems = new Set(this.nameWords.map(stemOf));
    this.shownWords = [
      ...new Set(this.names.filter((n) => n.shown).flatMap((n) => n.words)),
    ].sort();
    this.events = entities
      .filter((entity) => entity.kind === 'event')
      .map((entity) => ({
        entity,
        words: [...new Set(this.names.filter((n) => n.entity === entity).flatMap((n) => n.words))],
      }));
  }

  setVocabulary(vocabulary: Vocabulary): void {
    this.contentWords = readWordList(vocabulary);
  }

  /** True when a word of the query is no entity's name: only the vocabulary can say what it is. */
  needsVocabulary(query: string): boolean {
    return (
      this.contentWords.length === 0 &&
      words(query).some((w) => !isStopWord(w) && !/\p{N}/u.test(w) && !this.isNameWord(w))
    );
  }

  /** Reads a query; `exact` keeps every word as typed (the reader chose "search instead for"). */
  read(query: string, exact = false): Understanding {
    const all = words(query);
    const content = all.filter((word) => !isStopWord(word));
    const kept = content.length > 0 ? content : all;
    let changed = false;
    const corrections = new Map<string, string>();
    const terms = kept.map((word) => {
      if (exact || this.isKnown(word)) return word;
      const fixed = this.correct(word);
      if (fixed === undefined) return word;
      changed = true;
      corrections.set(word, fixed);
      return fixed;
    });
    const matched = this.match(terms);
    // Only when no one entry answers the whole query, and no event answers more of it than the
    // things named do (an event that holds a word of its own: "leave", "September"), are several
    // things named.
    const holds = (entity: LexiconEntity) =>
      terms.filter((term) =>
        this.names.some((n) => n.entity === entity && n.words.some((w) => sameWord(w, term)))
      );
    const namedTerms = new Set(
      matched.entities.filter((m) => m.entity.kind !== 'event').flatMap((m) => holds(m.entity))
    );
    const noEvent = !matched.entities.some(
      (m) => m.entity.kind === 'event' && holds(m.entity).some((term) => !namedTerms.has(term))
    );
    const meeting = matched.share < 1 && noEvent ? this.meeting(terms) : undefined;
    // An event whose own names hold two of the things named is where they meet: it goes first.
    // One that only involves them follows the section that holds every word (engine.ts).
    const entities = meeting?.strong
      ? [meeting.match, ...matched.entities.filter((m) => m.entity !== meeting.match.entity)].slice(
          0,
          MAX_ENTITIES
        )
      : matched.entities;
    const share = meeting?.strong ? 1 : matched.share;
    const pagefindTerms = this.forPagefind(terms, entities);
    return {
      terms,
      pagefindQuery: pagefindTerms.join(' '),
      fullQuery: all.map((word) => corrections.get(word) ?? word).join(' '),
      corrected: changed ? this.retype(query, corrections) : undefined,
      entities,
      nonsense:
        this.contentWords.length > 0 &&
        entities.length === 0 &&
        terms.every((term) => !this.isKnown(term)),
      partial: share < 1,
      whole: matched.share === 1,
      several: share < 1 && noEvent && (entities.length > 1 || meeting !== undefined),
      meeting: meeting && !meeting.strong ? meeting.match : undefined,
    };
  }

  /**
   * A word of a name, whole, as the start of a longer one, or in another of its endings: the
   * lexicon lists one ending of a name ("Армения", not also "Армении"; lexicon.ts).
   */
  private isNameWord(word: string): boolean {
    return hasPrefix(this.nameWords, word) || this.nameStems.has(stemOf(word));
  }

  /** A word the content or a name has, whole or as the start of a longer word. */
  private isKnown(word: string): boolean {
    return /\p{N}/u.test(word) || hasPrefix(this.contentWords, word) || this.isNameWord(word);
  }

  /** The nearest known word within the allowed distance: names first, then the content's words. */
  private correct(word: string): string | undefined {
    const max = allowedDistance(word);
    if (max === 0) return undefined;
    let best: { word: string; distance: number } | undefined;
    for (const list of [this.nameWords, this.contentWords]) {
      for (const candidate of list) {
        const distance = editDistance(word, candidate, best ? best.distance - 1 : max);
        if (distance <= max && (!best || distance < best.distance))
          best = { word: candidate, distance };
      }
    }
    return best?.word;
  }

  /**
   * The event where the things a query names meet. When two or more of its words name people,
   * states or terms ("Japarov CIS summit"), the event that takes in the most of those words — by
   * involving a person or state a word names, or by a name of its own that holds the word — is
   * where they meet, if it takes in at least two. Ties go to the event whose own names hold more
   * of the query's words.
   */
  private meeting(terms: string[]): { match: EntityMatch; strong: boolean } | undefined {
    /** Each word of the query that names people, states or terms, and the entries it names. */
    const naming = new Map<string, Set<string>>();
    for (const name of this.names) {
      if (name.entity.kind === 'event') continue;
      for (const term of terms) {
        if (term.length < 3 || isStopWord(term)) continue;
        if (!name.words.some((w) => sameWord(w, term))) continue;
        const named = naming.get(term) ?? new Set<string>();
        named.add(name.entity.url);
        naming.set(term, named);
      }
    }
    if (naming.size < 2) return undefined;
    let best: { event: LexiconEntity; covered: number; own: number; ownNamed: number } | undefined;
    for (const event of this.events) {
      const own = terms.filter((term) => event.words.some((w) => sameWord(w, term)));
      const involves = event.entity.involves ?? [];
      let covered = 0;
      let ownNamed = 0;
      for (const [term, named] of naming) {
        if (own.includes(term)) ownNamed++;
        if (own.includes(term) || [...named].some((url) => involves.includes(url))) covered++;
      }
      if (covered < 2) continue;
      if (!best || covered > best.covered || (covered === best.covered && own.length > best.own))
        best = { event: event.entity, covered, own: own.length, ownNamed };
    }
    return best
      ? { match: { entity: best.event, url: best.event.url }, strong: best.ownNamed >= 2 }
      : undefined;
  }

  /** The entities whose names the terms cover best (see the file's header). */
  entitiesFor(terms: string[]): EntityMatch[] {
    return this.match(terms).entities;
  }

  /** The entities whose names the terms cover best, and the share of the terms they cover. */
  private match(terms: string[]): { entities: EntityMatch[]; share: number } {
    if (terms.length === 0) return { entities: [], share: 0 };
    const scores = new Map<
      LexiconEntity,
      {
        share: number;
        nameShare: number;
        coverage: number;
        exact: number;
        names: number;
        alias: boolean;
      }
    >();
    /** The query's words that some name of the entity holds (its names together). */
    const held = new Map<LexiconEntity, Set<number>>();
    for (const name of this.names) {
      if (name.words.length === 0) continue;
      const used = new Set<number>();
      let matched = 0;
      let exact = 0;
      terms.forEach((term, t) => {
        const at = name.words.findIndex((w, i) => !used.has(i) && sameWord(w, term));
        if (at === -1) return;
        used.add(at);
        matched++;
        if (name.words[at] === term) exact++;
        const heldBy = held.get(name.entity) ?? new Set<number>();
        heldBy.add(t);
        held.set(name.entity, heldBy);
      });
      if (matched === 0) continue;
      const share = matched / terms.length;
      const coverage = matched / name.words.length;
      const old = scores.get(name.entity);
      if (
        !old ||
        share > old.share ||
        (share === old.share &&
          (coverage > old.coverage || (coverage === old.coverage && exact > old.exact)))
      ) {
        scores.set(name.entity, {
          share,
          nameShare: share,
          coverage,
          exact,
          names: (old && old.share === share ? old.names : 0) + 1,
          alias: name.alias,
        });
      } else if (share === old.share) {
        old.names++;
      }
    }
    // An entity answers as much of the query as its names hold together: a question's words may
    // be spread over an event's title and its other names ("csto" in one, "September 2022" in another).
    for (const [entity, score] of scores) score.share = held.get(entity)!.size / terms.length;
    const ranked = [...scores].sort(
      ([a, x], [b, y]) =>
        y.share - x.share ||
        // Then how much of the query one name holds (a title that says it all beats aliases).
        y.nameShare - x.nameShare ||
        y.coverage - x.coverage ||
        y.exact - x.exact ||
        y.names - x.names ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.title.length - b.title.length
    );
    const top = ranked[0]?.[1].share ?? 0;
    // A one-word query must be most of a name ("Pashinyan" of "Nikol Pashinyan"); a longer one
    // must match as many of its words as the best entity does, and a fair share of the name.
    if (top < 0.5) return { entities: [], share: 0 };
    const minCoverage = terms.length === 1 ? 0.5 : 0.3;
    const entities = ranked
      .filter(([, s]) => s.share === top && s.coverage >= minCoverage)
      .slice(0, MAX_ENTITIES)
      .map(([entity, s]) => ({
        entity,
        url: s.alias && entity.aliasUrl ? entity.aliasUrl : entity.url,
      }));
    return { entities, share: top };
  }

  /** Terms Pagefind can find: a name it cannot know becomes the entity's shortest name it does know. */
  private forPagefind(terms: string[], entities: EntityMatch[]): string[] {
    const unknown = terms.filter((term) => !this.pagefindKnows(term));
    if (unknown.length === 0 || !entities[0]) return terms;
    // The title, unless an alias says it in fewer words ("CSTO" for the organisation's full name).
    const { names, aliases } = entities[0].entity;
    const known = [...names, ...aliases]
      .map((name) => words(name).filter((w) => !isStopWord(w)))
      .filter((ws) => ws.length > 0 && ws.every((w) => this.pagefindKnows(w)))
      .sort((a, b) => a.length - b.length)[0];
    if (!known) return terms.filter((term) => !unknown.includes(term));
    return [...new Set([...terms.filter((term) => !unknown.includes(term)), ...known])];
  }

  /** A word the site shows: in the content, or in a title or sourced alias. */
  private pagefindKnows(word: string): boolean {
    return (
      /\p{N}/u.test(word) || hasPrefix(this.shownWords, word) || hasPrefix(this.contentWords, word)
    );
  }

  /** The query as typed with corrected words swapped in, keeping the reader's other words. */
  private retype(query: string, corrections: Map<string, string>): string {
    return query.replace(/[\p{L}\p{N}\u02BB\u02BC\u2019'`]+/gu, (word) => {
      const fixed = corrections.get(words(word).join(''));
      return fixed === undefined ? word : matchCase(word, fixed);
    });
  }
}

/**
 * A query word names a word of a name when it is that word, its start (the reader may still be
 * typing: "Pashin"), or another English form of it ("exercises", "cancelled" for "exercise",
 * "cancels").
 */
export function sameWord(nameWord: string, term: string): boolean {
  if (nameWord === term || (term.length >= 3 && nameWord.startsWith(term))) return true;
  if (/\p{Script=Cyrillic}/u.test(term)) {
    const stem = russianStem(term);
    return stem.length >= MIN_STEM && stem === russianStem(nameWord);
  }
  const stem = englishStem(term);
  return stem.length >= MIN_STEM && stem === englishStem(nameWord);
}

/** True when some word of the sorted list is `prefix` or starts with it. */
function hasPrefix(sorted: string[], prefix: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.startsWith(prefix);
}

/** "Kazakstan" + "kazakhstan" → "Kazakhstan". */
function matchCase(typed: string, fixed: string): string {
  if (typed === typed.toUpperCase() && typed.length > 1) return fixed.toUpperCase();
  if (typed[0] === typed[0]?.toUpperCase()) return fixed[0]!.toUpperCase() + fixed.slice(1);
  return fixed;
}
