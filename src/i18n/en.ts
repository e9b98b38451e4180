/**
 * The English edition's interface strings: every word the site itself says, as opposed to the
 * content (content/). The Russian dictionary (ru.ts) is typed by this one, so a key missing there
 * fails the type check. Two parts: `ui`, for the pages built at build time, and `client`, the few
 * strings the browser code says (bundled on their own, so pages do not carry the rest).
 * Labels of the content's enums are keyed by the schemas' values, so a new value without a label
 * fails the type check too. Pure data and small functions; safe to bundle.
 */
import type { eventKinds } from '../schemas/event';
import type { personKinds } from '../schemas/person';
import type { statuses } from '../schemas/state';
import type { Standing } from '../lib/membership/matrix';

type LabelsOf<T extends readonly string[]> = Record<T[number], string>;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** "a", "a and b", "a, b and c". */
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

export const ui = {
  site: {
    name: 'The CSTO in Question',
    tagline:
      'How the Russian-led Collective Security Treaty Organization is weakening — a cited explainer',
    /** The language's own name, on the switch that leads to this edition. */
    languageName: 'English',
  },
  frame: {
    skipToContent: 'Skip to content',
    skipToNavigation: 'Skip to site navigation',
    skipToContents: 'Skip to this page’s contents',
    menu: 'Menu',
    backToTop: 'Back to top',
    search: 'Search',
    siteNavigation: 'Site',
    /** The trail of pages above this one (its name for screen readers). */
    breadcrumbs: 'Breadcrumbs',
    themeSwitch: 'Switch to ',
    darkTheme: 'dark theme',
    lightTheme: 'light theme',
    /** The language switch: its name for screen readers, and what it says it does. */
    languages: 'Languages',
    readIn: (language: string) => `Read this page in ${language}`,
  },
  nav: {
    story: 'The story',
    states: 'Member states',
    reference: 'Reference',
    timeline: 'Timeline',
    allStates: 'All states',
    sources: 'Sources',
    people: 'People',
    glossary: 'Glossary',
    index: 'A–Z index',
    badges: { frozen: 'frozen', former: 'former' },
  },
  footer: {
    /** "{site} is written only from [five published articles]; every claim … [where the articles disagree] …" */
    before: ' is written only from ',
    sourcesLink: 'five published articles',
    middle: '; every claim links to the article it comes from, and ',
    disputesLink: 'where the articles disagree',
    after: ' the site says so.',
    index: 'A–Z index of every page and section',
  },
  toc: { onThisPage: 'On this page', contents: 'Contents of this page' },
  headingControls: {
    toggle: (title: string) => `Link and citation: ${title}`,
    anchor: (title: string) => `Link to section: ${title}`,
    copy: (title: string) => `Copy link to section: ${title}`,
    cite: (title: string) => `Cite section: ${title}`,
    copyLink: 'Copy link',
    citeButton: 'Cite',
  },
  /** A Markdown table's scrolling region: "Table 2: State, Status". */
  table: (n: number, headings: string) => `Table ${n}: ${headings || 'data'}`,
  labels: {
    status: {
      member: 'Member',
      frozen: 'Membership frozen',
      former: 'Former member',
    } satisfies LabelsOf<typeof statuses>,
    pageKind: { overview: 'Overview', background: 'Background', analysis: 'Analysis' },
    eventKind: {
      founding: 'Founding',
      membership: 'Membership',
      conflict: 'Armed conflict',
      intervention: 'Intervention',
      exercise: 'Military exercise',
      diplomacy: 'Diplomacy',
      statement: 'Statement',
      arms: 'Arms deals',
      report: 'Report',
      war: 'War in Ukraine',
    } satisfies LabelsOf<typeof eventKinds>,
    personKind: {
      leader: 'Leader',
      official: 'Official',
      politician: 'Politician',
      analyst: 'Analyst',
      commentator: 'Commentator',
      author: 'Author',
    } satisfies LabelsOf<typeof personKinds>,
    sourceKind: {
      analysis: 'Analysis',
      news: 'News report',
      explainer: 'Blog-style explainer',
      reprint: 'Shortened reprint',
      'news-analysis': 'News analysis',
    },
    standing: {
      member: 'Member',
      frozen: 'Frozen',
      former: 'Left',
      none: 'Not a member',
      unknown: 'Unknown',
    } satisfies Record<Standing, string>,
    /** Search's page kinds, as results and filters show them. */
    searchKind: {
      Profile: 'State profile',
      Event: 'Event',
      Person: 'Person',
      Term: 'Term',
      Analysis: 'Analysis',
      Source: 'Source',
    },
  },
  sections: {
    atAGlance: 'At a glance',
    stateEvents: 'Events on the timeline',
    paragraphs: 'Paragraph guide',
    citedOnSite: 'Cited on this site',
    references: 'Sources cited on this page',
    notes: 'Notes',
  },
  routes: {
    home: 'Home',
    lists: {
      states: {
        title: 'Member states',
        kind: 'Member states',
        description:
          "Profiles of the CSTO's current, frozen and former member states: status, key events, leaders, grievances and outlook.",
        lead: 'One profile per current, frozen and former member of the bloc.',
      },
      timeline: {
        title: 'Timeline',
        kind: 'Timeline',
        description:
          "Every dated event the five source articles mention, from the 1992 treaty to Armenia's frozen membership, each with its date, countries and sources.",
        lead: 'Every dated event in the five sources, oldest first. Dates are only as precise as the sources allow.',
      },
      sources: {
        title: 'Sources',
        kind: 'Sources',
        description:
          'The five articles this explainer is written from: outlet, author, headline, date and what kind of piece each is.',
        lead: "Everything on this site comes from these five articles. Each citation links to the article's page here, which says what it is, how reliable it is and where the site uses it.",
      },
      people: {
        title: 'People',
        kind: 'People',
        description:
          'Everyone the five source articles name: leaders, officials, politicians, analysts and authors, with every spelling the sources use.',
        lead: 'Everyone the sources name, A to Z by surname, with the other spellings the sources use. For what the analysts argue, see Who says what.',
      },
      glossary: {
        title: 'Glossary',
        kind: 'Glossary',
        description:
          'Terms used in writing about the CSTO — CST, CIS, Article 4, frozen membership, Nagorno-Karabakh, Baikonur and more — as the sources use them.',
        lead: 'Terms as the five sources use them, A to Z.',
      },
      data: {
        title: 'Open data',
        kind: 'Open data',
        description:
          "The timeline, every state's membership periods, the people and the glossary as CSV and JSON, each row with its page and its sources.",
        lead: "The tables behind this site's pages, to download and reuse. They are generated from the same content files as the pages, at every build, so they always agree with what the pages say.",
      },
      index: {
        title: 'A–Z index',
        kind: 'Index',
        description:
          'Every page and section of the CSTO explainer, A to Z: profiles, events, people, terms and sources.',
        lead: 'Every page, and every section within it, in alphabetical order.',
      },
    },
    search: {
      title: 'Search',
      description: 'Search the CSTO explainer for a member state, person, event or term.',
    },
    notFound: {
      title: 'Page not found',
      description: 'This address does not match a page of the CSTO explainer.',
    },
    /** What a utility page is called on its card. */
    pageKind: 'Page',
    /** What a profile, a source page and an event page are called on their cards. */
    kinds: { profile: 'Profile', source: 'Source', event: 'Event' },
    stateGroups: { member: 'Members', frozen: 'Membership frozen', former: 'Former members' },
    stateDescription: (name: string, summary: string) => `${name} and the CSTO: ${summary}`,
    sourceTitle: (short: string, headline: string | null) =>
      headline ? `${short}: “${headline}”` : `${short} (no headline printed)`,
    sourceDescription: (short: string, date: string | null) =>
      `Source article: ${short}${date ? `, ${date}` : ''}. What it is, how reliable it is, what each paragraph says and where this site cites it.`,
    statesHeadings: { map: 'Map', membership: 'Membership over time' },
    dataUsing: 'Using the data',
  },
  citations: {
    /** "Source: …" / "Sources: …", the start of a marker's spoken name. */
    source: (many: boolean): string => (many ? 'Sources' : 'Source'),
    paragraph: (many: boolean): string => (many ? 'paragraphs' : 'paragraph'),
    /** A run of paragraphs read aloud: "12 to 13". */
    run: (from: number, to: number) => (from === to ? String(from) : `${from} to ${to}`),
    and: ' and ',
    reprintedBy: ', reprinted by',
    alsoReprintedBy: ' and',
    aReprintOf: (short: string, original: string) => `${short} (a reprint of ${original})`,
    note: (n: number) => `Note ${n}`,
    noteBack: (n: number) => `Note ${n}: back to the text`,
    /** The sources list: a reprint under its original, or cited alone. */
    listedReprint: (short: string) => `Reprinted by ${short}`,
    listedReprintAlone: (short: string, original: string) => `${short}, a reprint of ${original}`,
    gistAbove: 'in the paragraph guide above',
  },
  reference: {
    inferredAuthor: (author: string) => `${author} (inferred; not printed)`,
    noAuthor: 'No author printed',
    noHeadline: 'no headline printed',
    outletNotPrinted: (short: string) => `${short} (outlet not printed)`,
    inferredDate: (date: string) => `undated (about ${date}, inferred)`,
    undated: 'undated',
  },
  /**
   * A quotation written <Q o="…">…</Q> (the Russian edition's translations of the English the
   * sources print): the mark after it, and its note with the original.
   */
  quote: {
    /** The small mark after a quotation that opens its original (lang="en"). */
    mark: 'en',
    /** Its accessible name, which starts with the visible mark. */
    markLabel: 'en: the original words of this quotation',
    /** Before the original, in the note and in print. */
    original: 'In the source:',
    /** After the original: what the quotation marks hold. */
    translated:
      'The words in quotation marks are our translation of the English the source prints; where the speaker spoke another language, a translation of a translation, not the speaker’s own words.',
    /** After the original of a slip kept as printed. */
    slip: 'Kept as printed, not translated: the source’s own spelling.',
  },
  citeThis: {
    summary: 'Cite this page',
    copy: 'Copy citation',
    download: 'Download for reference managers:',
    addressPlaceholder: '[the address of this page]',
    accessedPlaceholder: '[date of access]',
  },
  home: {
    asOf: (date: string) => `As of ${date}, the date of the newest dated article`,
    reprinted: (date: string) => ` reprinted it on ${date}`,
    undated: 'Undated:',
    undatedAfter: "— see each source's page for how its date is inferred.",
  },
  states: {
    status: 'Status',
    membership: 'Membership',
    capital: 'Capital',
    leaders: 'Leaders named',
    alsoWritten: 'Named in the sources as',
    periodMember: 'Member',
    periodFrozen: 'Frozen',
    since: (date: string) => `since ${date}`,
    from: (date: string) => `from ${date}`,
    to: (date: string) => ` to ${date}`,
    /** membershipSpans: the status table's periods. */
    spanFullMember: 'Full member',
    spanFrozen: 'Frozen',
    spanRange: (label: string, from: string, to: string) => `${label} ${from} – ${to}`,
    spanSince: (label: string, from: string) => `${label} since ${from}`,
    spanEndedBy: (from: string, by: string) =>
      `A party at some time from ${from}; out by ${by} (no source dates it more closely)`,
    membershipOverTime:
      "Who was in the bloc at each turning point the sources record. The dates follow the states' membership records, which note where the sources disagree.",
    membershipData: "Every state's membership periods as data:",
    columns: 'columns',
    statusLabels: 'Status labels:',
    statusTableLink: "overview's status table",
    statusTableBefore: 'The ',
    statusTableAfter: ' gives the dates.',
  },
  statusTable: {
    label: 'Member status table',
    caption: 'Current, frozen and former members, with the dates the sources give',
    state: 'State',
    status: 'Status',
    membership: 'Membership',
    sources: 'Sources',
  },
  matrix: {
    label: 'Membership table',
    caption: 'Each state’s standing at eight milestones',
    state: 'State',
    changedBy: ', changed by: ',
    since: ', since: ',
    key: 'Key',
    legend: {
      member: 'a full member',
      frozen: 'membership frozen, not withdrawn',
      former: 'no longer a member',
      none: 'had not joined yet',
      unknown: 'a party at some point, but no source dates its joining or leaving',
    } satisfies Record<Standing, string>,
    changedSample: 'Bold, with a bar',
    changedMeaning: ': the standing changed at that milestone',
    shapeAlone:
      'A shape alone: unchanged since the previous milestone. Each cell links to the timeline event that brought the standing about.',
    /** The columns' headings (src/lib/membership/matrix.ts dates them). */
    milestones: {
      'm-1992': { when: '1992', label: 'Founding year in Forbes' },
      'm-1999': { when: '1999', label: 'Azerbaijan, Georgia out' },
      'm-2002': { when: '2002', label: 'Treaty becomes CSTO' },
      'm-2005': { when: '2005', label: 'Uzbekistan returns' },
      'm-2012': { when: '2012', label: 'Uzbekistan leaves' },
      'm-2022': { when: '2022', label: 'Year of crises' },
      'm-2024-02': { when: 'Feb 2024', label: 'Armenia freezes' },
      'm-latest': { when: '2025–26', label: 'Sources of 2025 on' },
    },
  },
  map: {
    title: "Map of the CSTO's member, frozen and former member states",
    inset: 'Caucasus, enlarged',
    patterns: { member: ' (solid)', frozen: ' (stripes)', former: ' (dots)' },
    caption:
      'Status as of the newest source. Each state on the map links to its profile. Borders as internationally recognised: Crimea is shown as part of Ukraine. Country shapes from Natural Earth (public domain), via world-atlas.',
  },
  timeline: {
    asData: 'The timeline as data:',
    follow: 'follow new events with the',
    feed: 'RSS feed',
    filter: 'Filter the timeline',
    country: 'Country',
    allCountries: 'All countries',
    kind: 'Kind of event',
    allKinds: 'All kinds',
    showAll: 'Show all',
    events: (n: number) => count(n, 'event', 'events'),
    /** The filter's count, for the script: "All 37 events", "{shown} of 37 events: {filters}". */
    allEvents: (n: number) => `All ${count(n, 'event', 'events')}`,
    someEvents: (n: number) => `{shown} of ${count(n, 'event', 'events')}: {filters}`,
    jumpTo: 'Jump to',
    jumpToYear: 'Jump to a year',
    monthAndDayNotGiven: 'Month and day not given',
    precisionOnly: (precision: 'year' | 'month' | 'day') => ` (${precision} only)`,
    eventPage: 'Event page',
    dateLabel: 'Date:',
  },
  event: {
    date: 'Date',
    precise: (precision: 'year' | 'month' | 'day') => ` (precise to the ${precision})`,
    kind: 'Kind',
    countries: 'Countries',
    people: 'People',
    neighbours: 'Neighbouring events',
    previous: 'Previous',
    next: 'Next',
    up: 'Timeline',
    thisEvent: 'This event on the timeline',
  },
  people: {
    alsoSpelled: 'Also spelled:',
    onTimeline: 'On the timeline:',
  },
  glossary: { also: 'Also:' },
  sources: {
    table: 'The five source articles',
    source: 'Source',
    outlet: 'Outlet',
    author: 'Author',
    date: 'Date',
    headline: 'Headline',
    notPrinted: 'not printed',
    nonePrinted: 'none printed',
    facts: {
      outlet: 'Outlet',
      author: 'Author',
      headline: 'Headline',
      date: 'Date',
      kind: 'Kind of piece',
      notPrinted: 'Not printed',
      nonePrinted: 'None printed',
      reprintOf: 'Reprint of',
      reprintOfNote: ' — the same article: one account, two printings',
      reprintedBy: 'Reprinted by',
    },
    guide: {
      intro: (paragraphs: number, used: number, short: string) =>
        `The article's ${paragraphs} paragraphs, numbered in reading order; ${used} of them are cited on this site. Each entry says what the paragraph says, in our words, and links to every place that cites it. A citation on any page of the site names ${short}'s paragraphs by these numbers, and its note links here.`,
      paragraph: (n: number) => `Paragraph ${n}: `,
      notDescribed: 'Not yet described.',
      notCited: 'Not cited on this site.',
      citedIn: 'Cited in',
      citedInPlaces: (n: number) => `Cited in ${n} places`,
      and: ' and ',
    },
    cited: {
      summary: (citations: number, places: number, pages: number) =>
        `${count(citations, 'citation', 'citations')} in ${count(places, 'section or entry', 'sections and entries')} on ${count(pages, 'page', 'pages')}.`,
      citations: (n: number) => count(n, 'citation', 'citations'),
      opening: 'Opening',
      sourcePage: (short: string) => `${short} (source page)`,
    },
  },
  az: {
    letters: 'Letters',
    profile: (name: string) => `${name} (profile)`,
    source: (short: string) => `${short} (source)`,
    event: (title: string, date: string) => `${title} (event, ${date})`,
    person: (name: string) => `${name} (person)`,
    term: (term: string) => `${term} (glossary)`,
    openData: 'Open data',
  },
  data: {
    rows: (n: number) => `${n} rows.`,
    download: 'Download:',
    columnsOf: (id: string) => `Columns of ${id}.csv and ${id}.json`,
    column: 'Column',
    holds: 'What it holds',
    array: ' An array in JSON.',
    using: [
      'CSV files are UTF-8 with a header row; JSON files hold the same rows as objects, with the columns described above. Every row names its sources: each source id has a page under the ',
      'sources',
      ', summarising the article and how this site uses it. Dates are as precise as the sources allow: ',
      ' means some day in October 2022, never the first. New events also arrive through the ',
      'timeline feed',
      ' (RSS).',
    ],
  },
  search: {
    lead: 'Find a member state, person, event or term. Names work in every spelling the sources use, and the filters narrow results by state, kind of page and year.',
    label: 'Search the explainer',
    button: 'Search',
    noScript: [
      'Search needs JavaScript, which is turned off in this browser. Every page and section is listed in the ',
      'A–Z index',
      '.',
    ],
  },
  notFound: {
    text: 'Nothing lives at this address. The page may have moved, or the link may be mistyped.',
    home: 'Start at the overview',
    search: 'Search the explainer',
    index: 'Browse every page and section, A to Z',
    suggestions: 'Pages with a name like this address',
  },
  feed: {
    title: 'The CSTO in Question: timeline',
    description: (site: string) =>
      `Every dated event in the five source articles behind ${site}, newest first, each with its date as precisely as the sources give it.`,
  },
  pageReference: {
    asOf: (date: string) => `As of ${date}`,
  },
  openData: {
    oneOf: (values: readonly string[]) => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`,
    sources:
      'The source references that support the row, space-separated in CSV: a source id (see /sources/), optionally with a paragraph pinpoint after a colon, e.g. forbes:4.',
    pageUrl: 'The page (or the #section of a page) on this site that shows the row.',
    timeline: {
      title: 'Timeline',
      description: 'Every dated event the five sources mention, oldest first.',
      id: 'Stable id of the event; also its anchor on the timeline page.',
      date: 'YYYY, YYYY-MM or YYYY-MM-DD: as precise as the sources allow, and no more.',
      date_precision: 'year, month or day: the precision of date.',
      date_note: 'How the date is known, where the sources leave it open (may be empty).',
      title_: 'Short title, in our words.',
      countries: 'Ids of the states involved (see memberships), space-separated in CSV.',
      people: 'Ids of the people involved (see people), space-separated in CSV.',
      summary: 'One paragraph, in our words, saying which source says what.',
    },
    memberships: {
      title: 'Membership periods',
      description: 'Every period of each member and former member state in the bloc, oldest first.',
      id: "Id of the period: the state id and the period's number, oldest first (armenia-1).",
      state_id: 'Id of the state; its profile is /states/<state_id>/.',
      state: "The state's name.",
      status: "member or frozen: the state's standing in the bloc during the period.",
      from: 'When the period began: YYYY, YYYY-MM or YYYY-MM-DD.',
      to: 'When it ended, in the same form; empty while it lasts, or when no source dates its end (see ended_by).',
      ended_by:
        'When no source dates the end: the latest date by which it had ended (its standing before then is unknown); empty otherwise.',
      from_event: 'Id of the timeline event that began it (may be empty).',
      to_event: 'Id of the timeline event that ended it (may be empty).',
      note: 'A remark, e.g. where the sources differ (may be empty).',
      current_status: (statuses: string) =>
        `The state's standing as the most recent sources give it: ${statuses}.`,
    },
    people: {
      title: 'People',
      description: 'Everyone the sources name, A to Z.',
      id: "Stable id; also the person's anchor on the people page.",
      name: 'The spelling this site uses.',
      aliases: 'Every other spelling the sources use; separated by " | " in CSV.',
      role: 'Who they are, as the sources describe them.',
      country: 'Id of their state, where one applies (may be empty).',
      summary: 'What the sources say of them, in our words.',
    },
    glossary: {
      title: 'Glossary',
      description: 'Terms as the sources use them, A to Z.',
      id: "Stable id; also the term's anchor on the glossary page.",
      term: 'The term.',
      aliases: 'Abbreviations and other names; separated by " | " in CSV.',
      definition: 'What it means as the sources use it, in our words.',
    },
  },
  list,
};

/** Browser code: copying links and citations (copy-link.ts, cite-this.ts) and the citation popover. */
export const clientTools = {
  copied: 'Copied',
  copyFailed: 'Copy failed',
  copyLink: 'Copy link',
  close: 'Close',
  /** The drawer's title should the Menu button have no text (the button says frame.menu). */
  menu: 'Menu',
  copiedLinkTo: (title: string) => `Copied link to section: ${title}`,
  copyFailedLinkTo: (title: string) => `Copy failed: link to section: ${title}`,
  copyLinkTo: (title: string) => `Copy link to section: ${title}`,
  linkCopied: (title: string) => `Link to “${title}” copied`,
  linkNotCopied: (url: string) => `Could not copy. The link is ${url}`,
  copyCitation: 'Copy citation',
  pageCitationCopied: 'Citation of this page copied',
  pageCitationNotCopied:
    'Could not copy. The citation is selected: copy it with your keyboard or menu.',
  citationCopied: 'Citation copied:',
  citationNotCopied: 'Copying failed. Select the citation and copy it:',
  sectionCitationCopied: (title: string) => `Citation of “${title}” copied`,
  sectionCitationNotCopied: (citation: string) =>
    `Could not copy. The citation is shown below the heading: ${citation}`,
  popoverTitle: (n: string) => `Sources, note ${n}`,
  allNotes: 'All sources and notes on this page',
};

export const client = {
  /** "Cite this page" (src/lib/cite-this-page/format.ts, built and in the browser). */
  citation: {
    noDate: 'n.d.',
    asOf: (date: string) => `as of ${date}`,
    retrieved: (accessed: string, url: string) => `Retrieved ${accessed}, from ${url}`,
  },
};
