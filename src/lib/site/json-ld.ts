/**
 * The page's structured data (JSON-LD, schema.org types from schema-dts): the site, the page as an
 * Article citing the source articles it draws on, and what the page presents — a state as a
 * Country, an event as an Event (its date only as precise as the sources: "2022-10" stays
 * "2022-10"), a source as the article it is, people as Persons, the glossary as DefinedTerms —
 * plus breadcrumbs. Everything comes from the same content and titles the page shows.
 */
import type {
  Article,
  BreadcrumbList,
  Country,
  CreativeWork,
  DefinedTermSet,
  Event,
  Graph,
  Person,
  Thing,
  WebSite,
} from 'schema-dts';
import type { RouteData } from '../../data/route-data';
import { quotedPlainText } from '../translation/quoted-text';
import type { Person as PersonEntry, Source, State, Term } from '../../data/site-data';

export interface LdInput {
  /** What the page is: title, description, kind, subject, breadcrumbs, dates. */
  route: Pick<RouteData, 'title' | 'description' | 'kind' | 'subject' | 'crumbs' | 'dates'>;
  /** The site's name and the page's language (BCP 47: "en", "ru"). */
  site: { name: string; language: string };
  /** Absolute URL of the page. */
  url: string;
  /** For a translated page: the absolute URL of the page it translates (its English twin). */
  translationOf?: string | undefined;
  /** For an original page: the absolute URLs of its translations, with their languages. */
  translations?: readonly { url: string; language: string }[] | undefined;
  /** Absolute URL of its preview card. */
  image: string;
  /** Absolute URL of a path below the base path ("/states/"). */
  absolute: (path: string) => string;
  /** The sources the page cites, in the order of its sources list. */
  cited: readonly Source[];
  /** Every source (a reprint names the article it reprints). */
  sources: readonly Source[];
  /** Every state, every person and every term (for the lists). */
  states: readonly State[];
  people: readonly PersonEntry[];
  glossary: readonly Term[];
}

/**
 * A source article as schema.org knows such things: a news article, an analysis, a blog post. A
 * reprint is based on the article it reprints (`isBasedOn`, given as the original's page URL).
 */
function sourceWork(source: Source, url: string, originalUrl?: string): CreativeWork {
  const { data } = source;
  return {
    '@type':
      data.kind === 'news' || data.kind === 'reprint'
        ? 'NewsArticle'
        : data.kind === 'explainer'
          ? 'BlogPosting'
          : 'AnalysisNewsArticle',
    '@id': `${url}#article`,
    name: data.headline ?? data.short,
    ...(data.headline ? { headline: data.headline } : {}),
    // Only what the article prints: an author or date the site infers is said so on the page, not asserted here.
    ...(data.author && !data.inferred.includes('author')
      ? { author: { '@type': 'Person', name: data.author } }
      : {}),
    ...(data.outlet ? { publisher: { '@type': 'Organization', name: data.outlet } } : {}),
    ...(data.date && !data.inferred.includes('date') ? { datePublished: data.date } : {}),
    ...(originalUrl ? { isBasedOn: { '@id': `${originalUrl}#article` } } : {}),
    subjectOf: { '@id': url },
  };
}

function country(state: State, url: string): Country {
  return {
    '@type': 'Country',
    '@id': `${url}#country`,
    name: state.data.name,
    ...(state.data.aliases.length ? { alternateName: state.data.aliases } : {}),
  };
}

function person(entry: PersonEntry, url: string): Person {
  return {
    '@type': 'Person',
    '@id': url,
    name: entry.data.name,
    description: entry.data.role,
    ...(entry.data.aliases.length ? { alternateName: entry.data.aliases } : {}),
  };
}

function about(input: LdInput): Thing | Thing[] | undefined {
  const { route, absolute } = input;
  const subject = route.subject;
  switch (subject.type) {
    case 'state':
      return country(subject.state, input.url);
    case 'event': {
      const { data } = subject.event;
      const event: Event = {
        '@type': 'Event',
        '@id': `${input.url}#event`,
        name: data.title,
        startDate: data.date,
        description: data.summary,
        ...(data.countries.length
          ? {
              location: data.countries.map((id) => {
                const state = input.states.find((s) => s.id === id);
                return {
                  '@type': 'Country',
                  '@id': `${absolute(`/states/${id}/`)}#country`,
                  name: state?.data.name ?? id,
                } satisfies Country;
              }),
            }
          : {}),
      };
      return event;
    }
    case 'source':
      return work(subject.source, input);
    case 'list':
      if (subject.of === 'people')
        return input.people.map((p) => person(p, absolute(`/people/#${p.id}`)));
      if (subject.of === 'states')
        return input.states.map((s) => country(s, absolute(`/states/${s.id}/`)));
      if (subject.of === 'glossary') {
        const set: DefinedTermSet = {
          '@type': 'DefinedTermSet',
          name: input.route.title,
          hasDefinedTerm: input.glossary.map((t) => ({
            '@type': 'DefinedTerm',
            '@id': absolute(`/glossary/#${t.id}`),
            name: t.data.term,
            description: t.data.definition,
            ...(t.data.aliases.length ? { alternateName: t.data.aliases } : {}),
          })),
        };
        return set;
      }
      return undefined;
    default:
      return undefined;
  }
}

export function pageGraph(input: LdInput): Graph {
  const home = input.absolute('/');
  const websiteId = `${home}#website`;
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': websiteId,
    name: input.site.name,
    url: home,
    inLanguage: input.site.language,
  };
  const publisher = {
    '@type': 'Organization' as const,
    '@id': `${home}#publisher`,
    name: input.site.name,
    url: home,
  };
  const { route } = input;
  const cited = input.cited.map((s) => work(s, input));
  const subject = about(input);
  const article: Article = {
    '@type': 'Article',
    '@id': `${input.url}#page`,
    headline: route.title,
    name: route.title,
    description: route.description,
    url: input.url,
    mainEntityOfPage: input.url,
    image: input.image,
    inLanguage: input.site.language,
    datePublished: route.dates.published,
    dateModified: route.dates.modified,
    isPartOf: { '@id': websiteId },
    author: { '@id': publisher['@id'] },
    publisher: { '@id': publisher['@id'] },
    genre: route.kind,
    ...(input.translationOf
      ? { translationOfWork: { '@type': 'Article', '@id': `${input.translationOf}#page` } }
      : {}),
    ...(input.translations?.length
      ? {
          workTranslation: input.translations.map((t) => ({
            '@type': 'Article' as const,
            '@id': `${t.url}#page`,
            inLanguage: t.language,
          })),
        }
      : {}),
    ...(cited.length ? { citation: cited } : {}),
    ...(subject ? { about: subject } : {}),
  };
  const crumbs = [
    ...route.crumbs.map((c) => ({ name: c.name, url: input.absolute(c.path) })),
    { name: route.title, url: input.url },
  ];
  const breadcrumbs: BreadcrumbList = {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: c.url,
    })),
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [website, publisher, article, ...(crumbs.length > 1 ? [breadcrumbs] : [])],
  };
}

/** A source as a work, at its page here; a reprint based on its original. */
function work(source: Source, input: LdInput): CreativeWork {
  const page = (id: string) => input.absolute(`/sources/${id}/`);
  const original = source.data.reprintOf;
  return sourceWork(source, page(source.id), original ? page(original) : undefined);
}

/**
 * JSON for a <script type="application/ld+json">: text, not markup — a Russian string's
 * <Q o="…">quotation</Q> is written as its quotation in « » (as the meta tags and the feed write
 * it) — and "<" escaped so no text can close the element.
 */
export function serializeLd(graph: Graph): string {
  return JSON.stringify(graph, (_key, value: unknown) =>
    typeof value === 'string' && value.includes('<Q') ? quotedPlainText(value) : value
  ).replace(/</g, '\\u003c');
}
