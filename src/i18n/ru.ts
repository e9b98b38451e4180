/**
 * The Russian edition's interface strings, typed by the English dictionary (en.ts): a missing or
 * misspelled key fails the type check. Written as plain text like the content (straight quotes,
 * " - "); the build sets the `ui` strings with typograf (src/i18n/index.ts). The `client` strings
 * reach the browser as written, so they are written with their final typography.
 * Names of states, people and terms come from the names table (content/ru/names.yaml), never
 * from here.
 */
import type { client as enClient, clientTools as enClientTools, ui as enUi } from './en';

const RULES = /* @__PURE__ */ new Intl.PluralRules('ru');
/** "1 событие", "3 события", "5 событий". */
const count = (n: number, one: string, few: string, many: string) => {
  const form = RULES.select(n);
  return `${n} ${form === 'one' ? one : form === 'few' ? few : many}`;
};
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} и ${items.at(-1)}`;
const PRECISION = { year: 'года', month: 'месяца', day: 'дня' } as const;

export const ui: typeof enUi = {
  site: {
    name: 'ОДКБ под вопросом',
    tagline:
      'Как слабеет Организация Договора о коллективной безопасности во главе с Россией - объяснение со ссылками на источники',
    languageName: 'Русский',
  },
  frame: {
    skipToContent: 'Перейти к тексту',
    skipToNavigation: 'Перейти к навигации по сайту',
    skipToContents: 'Перейти к содержанию страницы',
    breadcrumbs: 'Путь к странице',
    menu: 'Меню',
    backToTop: 'Наверх',
    search: 'Поиск',
    siteNavigation: 'Сайт',
    themeSwitch: 'Включить: ',
    darkTheme: 'тёмная тема',
    lightTheme: 'светлая тема',
    languages: 'Языки',
    readIn: (language: string) => `Читать эту страницу: ${language}`,
  },
  nav: {
    story: 'Сюжет',
    states: 'Государства-члены',
    reference: 'Справка',
    timeline: 'Хроника',
    allStates: 'Все государства',
    sources: 'Источники',
    people: 'Персоналии',
    glossary: 'Глоссарий',
    index: 'Указатель А–Я',
    badges: { frozen: 'заморожено', former: 'бывший' },
  },
  footer: {
    before: ' написан только по ',
    sourcesLink: 'пяти опубликованным статьям',
    middle: '; каждое утверждение ссылается на статью, из которой взято, а ',
    disputesLink: 'там, где статьи расходятся',
    after: ', сайт говорит об этом прямо.',
    index: 'Указатель А–Я: все страницы и разделы',
  },
  toc: { onThisPage: 'На этой странице', contents: 'Содержание страницы' },
  headingControls: {
    toggle: (title: string) => `Ссылка и цитирование: ${title}`,
    anchor: (title: string) => `Ссылка на раздел: ${title}`,
    copy: (title: string) => `Копировать ссылку на раздел: ${title}`,
    cite: (title: string) => `Сослаться на раздел: ${title}`,
    copyLink: 'Копировать ссылку',
    citeButton: 'Сослаться',
  },
  table: (n: number, headings: string) => `Таблица ${n}: ${headings || 'данные'}`,
  labels: {
    status: {
      member: 'Член',
      frozen: 'Членство заморожено',
      former: 'Бывший член',
    },
    pageKind: { overview: 'Обзор', background: 'Предыстория', analysis: 'Анализ' },
    eventKind: {
      founding: 'Основание',
      membership: 'Членство',
      conflict: 'Вооружённый конфликт',
      intervention: 'Ввод войск',
      exercise: 'Военные учения',
      diplomacy: 'Дипломатия',
      statement: 'Заявление',
      arms: 'Сделки с оружием',
      report: 'Доклад',
      war: 'Война в Украине',
    },
    personKind: {
      leader: 'Лидер',
      official: 'Должностное лицо',
      politician: 'Политик',
      analyst: 'Аналитик',
      commentator: 'Комментатор',
      author: 'Автор',
    },
    sourceKind: {
      analysis: 'Аналитическая статья',
      news: 'Новостной материал',
      explainer: 'Объясняющий текст в жанре блога',
      reprint: 'Сокращённая перепечатка',
      'news-analysis': 'Новостная аналитика',
    },
    standing: {
      member: 'Член',
      frozen: 'Заморожено',
      former: 'Вышло',
      none: 'Не член',
      unknown: 'Неизвестно',
    },
    searchKind: {
      Profile: 'Профиль государства',
      Event: 'Событие',
      Person: 'Персона',
      Term: 'Термин',
      Analysis: 'Анализ',
      Source: 'Источник',
    },
  },
  sections: {
    atAGlance: 'Коротко',
    stateEvents: 'События в хронике',
    paragraphs: 'Путеводитель по абзацам',
    citedOnSite: 'Где цитируется на сайте',
    references: 'Источники, на которые ссылается страница',
    notes: 'Примечания',
  },
  routes: {
    home: 'Главная',
    lists: {
      states: {
        title: 'Государства-члены',
        kind: 'Государства-члены',
        description:
          'Профили нынешних, бывших членов ОДКБ и членов с замороженным членством: статус, ключевые события, лидеры, претензии и перспективы.',
        lead: 'По профилю на каждого нынешнего, бывшего члена блока и члена с замороженным членством.',
      },
      timeline: {
        title: 'Хроника',
        kind: 'Хроника',
        description:
          'Все датированные события из пяти статей-источников, от договора 1992 года до заморозки членства Армении, с датами, странами и источниками.',
        lead: 'Все датированные события из пяти источников, от ранних к поздним. Даты указаны лишь с той точностью, какую допускают источники.',
      },
      sources: {
        title: 'Источники',
        kind: 'Источники',
        description:
          'Пять статей, по которым написан этот сайт: издание, автор, заголовок, дата и жанр каждой.',
        lead: 'Всё на этом сайте взято из этих пяти статей. Каждая ссылка ведёт на страницу статьи здесь: что это за текст, насколько он надёжен и где сайт на него опирается.',
      },
      people: {
        title: 'Персоналии',
        kind: 'Персоналии',
        description:
          'Все, кого называют пять статей-источников: лидеры, чиновники, политики, аналитики и авторы, со всеми написаниями имён в источниках.',
        lead: 'Все, кого называют источники, по алфавиту фамилий, с другими написаниями из источников. Что утверждают аналитики - на странице "Кто что говорит".',
      },
      glossary: {
        title: 'Глоссарий',
        kind: 'Глоссарий',
        description:
          'Термины, которые встречаются в текстах об ОДКБ, - ДКБ, СНГ, статья 4, заморозка членства, Нагорный Карабах, Байконур и другие - в том смысле, в каком их используют источники.',
        lead: 'Термины в том смысле, в каком их используют пять источников, по алфавиту.',
      },
      data: {
        title: 'Открытые данные',
        kind: 'Открытые данные',
        description:
          'Хроника, периоды членства каждого государства, персоналии и глоссарий в CSV и JSON; у каждой строки - её страница и источники.',
        lead: 'Таблицы, на которых построены страницы сайта, - их можно скачать и использовать. Они создаются при каждой сборке из тех же файлов, что и страницы, поэтому всегда совпадают с тем, что написано на страницах.',
      },
      index: {
        title: 'Указатель А–Я',
        kind: 'Указатель',
        description:
          'Все страницы и разделы сайта об ОДКБ по алфавиту: профили, события, персоналии, термины и источники.',
        lead: 'Все страницы и все их разделы в алфавитном порядке.',
      },
    },
    search: {
      title: 'Поиск',
      description: 'Поиск по сайту об ОДКБ: государство-член, человек, событие или термин.',
    },
    notFound: {
      title: 'Страница не найдена',
      description: 'По этому адресу на сайте об ОДКБ ничего нет.',
    },
    pageKind: 'Страница',
    kinds: { profile: 'Профиль', source: 'Источник', event: 'Событие' },
    stateGroups: {
      member: 'Члены',
      frozen: 'Членство заморожено',
      former: 'Бывшие члены',
    },
    stateDescription: (name: string, summary: string) => `${name} и ОДКБ: ${summary}`,
    sourceTitle: (short: string, headline: string | null) =>
      headline ? `${short}: “${headline}”` : `${short} (без заголовка)`,
    sourceDescription: (short: string, date: string | null) =>
      `Статья-источник: ${short}${date ? `, ${date}` : ''}. Что это за текст, насколько он надёжен, о чём каждый абзац и где сайт на него ссылается.`,
    statesHeadings: { map: 'Карта', membership: 'Членство во времени' },
    dataUsing: 'Как пользоваться данными',
  },
  citations: {
    source: (many: boolean) => (many ? 'Источники' : 'Источник'),
    paragraph: (many: boolean) => (many ? 'абзацы' : 'абзац'),
    run: (from: number, to: number) => (from === to ? String(from) : `с ${from} по ${to}`),
    and: ' и ',
    reprintedBy: ', перепечатано в',
    alsoReprintedBy: ' и',
    aReprintOf: (short: string, original: string) => `${short} (перепечатка ${original})`,
    note: (n: number) => `Примечание ${n}`,
    noteBack: (n: number) => `Примечание ${n}: назад к тексту`,
    listedReprint: (short: string) => `Перепечатано в ${short}`,
    listedReprintAlone: (short: string, original: string) => `${short}, перепечатка ${original}`,
    gistAbove: 'в путеводителе по абзацам выше',
  },
  reference: {
    inferredAuthor: (author: string) => `${author} (установлен косвенно; не указан)`,
    noAuthor: 'Автор не указан',
    noHeadline: 'без заголовка',
    outletNotPrinted: (short: string) => `${short} (издание не указано)`,
    inferredDate: (date: string) => `без даты (около: ${date}, установлено косвенно)`,
    undated: 'без даты',
  },
  quote: {
    mark: 'en',
    markLabel: 'en: оригинал цитаты по-английски',
    original: 'В источнике:',
    translated:
      'В кавычках - наш перевод английского текста источника; если говоривший говорил по-русски, это обратный перевод, а не его собственные слова.',
    slip: 'Приведено как напечатано, без перевода: написание самого источника.',
  },
  citeThis: {
    summary: 'Как сослаться на эту страницу',
    copy: 'Копировать ссылку',
    download: 'Скачать для менеджеров библиографии:',
    addressPlaceholder: '[адрес этой страницы]',
    accessedPlaceholder: '[дата обращения]',
  },
  home: {
    asOf: (date: string) => `По состоянию на ${date} - дату самой поздней датированной статьи`,
    reprinted: (date: string) => ` перепечатал её ${date}`,
    undated: 'Без даты:',
    undatedAfter: '- как установлена дата каждой, сказано на странице источника.',
  },
  states: {
    status: 'Статус',
    membership: 'Членство',
    capital: 'Столица',
    leaders: 'Названные лидеры',
    alsoWritten: 'В источниках',
    periodMember: 'Член',
    periodFrozen: 'Членство заморожено',
    since: (date: string) => `с ${date}`,
    from: (date: string) => `с ${date}`,
    to: (date: string) => ` до ${date}`,
    spanFullMember: 'Полноправный член',
    spanFrozen: 'Членство заморожено',
    spanRange: (label: string, from: string, to: string) => `${label}: ${from} - ${to}`,
    spanSince: (label: string, from: string) => `${label} с ${from}`,
    spanEndedBy: (from: string, by: string) =>
      `Участник в какой-то момент начиная с ${from}; вышел не позднее ${by} (точнее источники не датируют)`,
    membershipOverTime:
      'Кто состоял в блоке в каждый из поворотных моментов, отмеченных источниками. Даты взяты из записей о членстве государств, где отмечено, в чём источники расходятся.',
    membershipData: 'Периоды членства всех государств в виде данных:',
    columns: 'столбцы',
    statusLabels: 'Обозначения статуса:',
    statusTableLink: 'таблице статусов в обзоре',
    statusTableBefore: 'Даты - в ',
    statusTableAfter: '.',
  },
  statusTable: {
    label: 'Таблица статусов',
    caption: 'Нынешние, бывшие члены и члены с замороженным членством, с датами из источников',
    state: 'Государство',
    status: 'Статус',
    membership: 'Членство',
    sources: 'Источники',
  },
  matrix: {
    label: 'Таблица членства',
    caption: 'Положение каждого государства в восьми поворотных точках',
    state: 'Государство',
    changedBy: ', изменилось в результате: ',
    since: ', начиная с: ',
    key: 'Обозначения',
    legend: {
      member: 'полноправный член',
      frozen: 'членство заморожено, выхода не было',
      former: 'больше не член',
      none: 'ещё не вступило',
      unknown: 'в какой-то момент участник, но ни один источник не датирует вступление или выход',
    },
    changedSample: 'Жирным, с чертой',
    changedMeaning: ': положение изменилось в этой точке',
    shapeAlone:
      'Только значок: без изменений с предыдущей точки. Каждая ячейка ведёт к событию хроники, которое привело к этому положению.',
    milestones: {
      'm-1992': { when: '1992', label: 'Год основания по Forbes' },
      'm-1999': { when: '1999', label: 'Азербайджан и Грузия вышли' },
      'm-2002': { when: '2002', label: 'Договор становится ОДКБ' },
      'm-2005': { when: '2005', label: 'Узбекистан возвращается' },
      'm-2012': { when: '2012', label: 'Узбекистан выходит' },
      'm-2022': { when: '2022', label: 'Год кризисов' },
      'm-2024-02': { when: 'февр. 2024', label: 'Армения замораживает членство' },
      'm-latest': { when: '2025-26', label: 'Источники с 2025 года' },
    },
  },
  map: {
    title: 'Карта нынешних, бывших членов ОДКБ и членов с замороженным членством',
    inset: 'Кавказ, крупнее',
    patterns: { member: ' (заливка)', frozen: ' (штриховка)', former: ' (точки)' },
    caption:
      'Статус по самому позднему источнику. Каждое государство на карте ведёт к своему профилю. Границы - международно признанные: Крым показан в составе Украины. Контуры стран - Natural Earth (общественное достояние), через world-atlas.',
  },
  timeline: {
    asData: 'Хроника в виде данных:',
    follow: 'новые события - в',
    feed: 'RSS-ленте',
    filter: 'Фильтр хроники',
    country: 'Страна',
    allCountries: 'Все страны',
    kind: 'Тип события',
    allKinds: 'Все типы',
    showAll: 'Показать все',
    events: (n: number) => count(n, 'событие', 'события', 'событий'),
    allEvents: (n: number) => `Все ${count(n, 'событие', 'события', 'событий')}`,
    someEvents: (n: number) => `{shown} из ${count(n, 'события', 'событий', 'событий')}: {filters}`,
    jumpTo: 'Перейти к',
    jumpToYear: 'Перейти к году',
    monthAndDayNotGiven: 'Месяц и день не указаны',
    precisionOnly: (precision: 'year' | 'month' | 'day') =>
      precision === 'month' ? ' (известен только месяц)' : ' (известен только год)',
    eventPage: 'Страница события',
    dateLabel: 'Дата:',
  },
  event: {
    date: 'Дата',
    precise: (precision: 'year' | 'month' | 'day') => ` (с точностью до ${PRECISION[precision]})`,
    kind: 'Тип',
    countries: 'Страны',
    people: 'Люди',
    neighbours: 'Соседние события',
    previous: 'Предыдущее',
    next: 'Следующее',
    up: 'Хроника',
    thisEvent: 'Это событие в хронике',
  },
  people: {
    alsoSpelled: 'В источниках:',
    onTimeline: 'В хронике:',
  },
  glossary: { also: 'Также:' },
  sources: {
    table: 'Пять статей-источников',
    source: 'Источник',
    outlet: 'Издание',
    author: 'Автор',
    date: 'Дата',
    headline: 'Заголовок',
    notPrinted: 'не указано',
    nonePrinted: 'нет',
    facts: {
      outlet: 'Издание',
      author: 'Автор',
      headline: 'Заголовок',
      date: 'Дата',
      kind: 'Жанр',
      notPrinted: 'Не указано',
      nonePrinted: 'Нет',
      reprintOf: 'Перепечатка',
      reprintOfNote: ' - та же статья: один рассказ, две публикации',
      reprintedBy: 'Перепечатана в',
    },
    guide: {
      intro: (paragraphs: number, used: number, short: string) =>
        `${count(paragraphs, 'абзац', 'абзаца', 'абзацев')} статьи, пронумерованных по порядку чтения; на сайте цитируются ${used}. Каждая запись пересказывает абзац своими словами и ведёт ко всем местам, где на него ссылаются. Ссылка на любой странице сайта называет абзацы статьи (${short}) этими номерами, а её примечание ведёт сюда.`,
      paragraph: (n: number) => `Абзац ${n}: `,
      notDescribed: 'Пока не описан.',
      notCited: 'На сайте не цитируется.',
      citedIn: 'Цитируется:',
      citedInPlaces: (n: number) => `Цитируется в ${count(n, 'месте', 'местах', 'местах')}`,
      and: ' и ',
    },
    cited: {
      summary: (citations: number, places: number, pages: number) =>
        `${count(citations, 'ссылка', 'ссылки', 'ссылок')} в ${count(places, 'разделе или записи', 'разделах и записях', 'разделах и записях')} на ${count(pages, 'странице', 'страницах', 'страницах')}.`,
      citations: (n: number) => count(n, 'ссылка', 'ссылки', 'ссылок'),
      opening: 'Начало',
      sourcePage: (short: string) => `${short} (страница источника)`,
    },
  },
  az: {
    letters: 'Буквы',
    profile: (name: string) => `${name} (профиль)`,
    source: (short: string) => `${short} (источник)`,
    event: (title: string, date: string) => `${title} (событие, ${date})`,
    person: (name: string) => `${name} (персона)`,
    term: (term: string) => `${term} (глоссарий)`,
    openData: 'Открытые данные',
  },
  data: {
    rows: (n: number) => `${count(n, 'строка', 'строки', 'строк')}.`,
    download: 'Скачать:',
    columnsOf: (id: string) => `Столбцы ${id}.csv и ${id}.json`,
    column: 'Столбец',
    holds: 'Что в нём',
    array: ' В JSON - массив.',
    using: [
      'Файлы CSV - в UTF-8, со строкой заголовков; в файлах JSON те же строки в виде объектов, со столбцами, описанными выше. Каждая строка называет свои источники: у каждого идентификатора источника есть страница в разделе ',
      'Источники',
      ', где пересказана статья и сказано, как сайт её использует. Даты точны настолько, насколько позволяют источники: ',
      ' означает какой-то день октября 2022 года, а не первое число. Новые события приходят и через ',
      'RSS-ленту хроники',
      '.',
    ],
  },
  search: {
    lead: 'Найдите государство-член, человека, событие или термин. Имена находятся в любом написании из источников, латиницей и кириллицей, а фильтры сужают результаты по государству, типу страницы и году.',
    label: 'Поиск по сайту',
    button: 'Найти',
    noScript: [
      'Для поиска нужен JavaScript, а он в этом браузере выключен. Все страницы и разделы перечислены в ',
      'указателе А–Я',
      '.',
    ],
  },
  notFound: {
    text: 'По этому адресу ничего нет. Возможно, страница переехала или в ссылке опечатка.',
    home: 'Начать с обзора',
    search: 'Поиск по сайту',
    index: 'Все страницы и разделы по алфавиту',
    suggestions: 'Страницы с похожими на этот адрес названиями',
  },
  feed: {
    title: 'ОДКБ под вопросом: хроника',
    description: (site: string) =>
      `Все датированные события из пяти статей-источников сайта "${site}", от поздних к ранним, с датами той точности, какую дают источники.`,
  },
  pageReference: {
    asOf: (date: string) => `По состоянию на ${date}`,
  },
  openData: {
    oneOf: (values: readonly string[]) => `${values.slice(0, -1).join(', ')} или ${values.at(-1)}`,
    sources:
      'Ссылки на источники, подтверждающие строку, в CSV через пробел: идентификатор источника (см. /ru/sources/), иногда с номерами абзацев после двоеточия, например forbes:4.',
    pageUrl: 'Страница (или #раздел страницы) этого сайта, где показана строка.',
    timeline: {
      title: 'Хроника',
      description: 'Все датированные события из пяти источников, от ранних к поздним.',
      id: 'Постоянный идентификатор события; он же якорь на странице хроники.',
      date: 'ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД: с той точностью, какую допускают источники, и не точнее.',
      date_precision: 'year, month или day: точность даты (год, месяц, день).',
      date_note: 'Как установлена дата, если источники оставляют её открытой (может быть пустым).',
      title_: 'Короткое название, нашими словами.',
      countries: 'Идентификаторы государств-участников (см. memberships), в CSV через пробел.',
      people: 'Идентификаторы участников (см. people), в CSV через пробел.',
      summary: 'Абзац нашими словами: какой источник что сообщает.',
    },
    memberships: {
      title: 'Периоды членства',
      description:
        'Все периоды участия каждого нынешнего и бывшего члена в блоке, от ранних к поздним.',
      id: 'Идентификатор периода: идентификатор государства и номер периода, от раннего к позднему (armenia-1).',
      state_id: 'Идентификатор государства; его профиль - /ru/states/<state_id>/.',
      state: 'Название государства.',
      status:
        'member или frozen: положение государства в блоке в этот период (член или заморозка).',
      from: 'Когда период начался: ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.',
      to: 'Когда он закончился, в той же форме; пусто, пока он длится или если ни один источник не датирует его конец (см. ended_by).',
      ended_by:
        'Если ни один источник не датирует конец: самая поздняя дата, к которой период закончился (положение до неё неизвестно); иначе пусто.',
      from_event: 'Идентификатор события хроники, с которого период начался (может быть пустым).',
      to_event: 'Идентификатор события хроники, которым он закончился (может быть пустым).',
      note: 'Замечание, например о расхождении источников (может быть пустым).',
      current_status: (statuses: string) =>
        `Положение государства по самым поздним источникам: ${statuses}.`,
    },
    people: {
      title: 'Персоналии',
      description: 'Все, кого называют источники, по алфавиту.',
      id: 'Постоянный идентификатор; он же якорь человека на странице персоналий.',
      name: 'Имя так, как его пишет русская версия сайта.',
      aliases: 'Написания из источников и другие формы имени; в CSV через " | ".',
      role: 'Кто это, как их описывают источники.',
      country: 'Идентификатор их государства, если есть (может быть пустым).',
      summary: 'Что о них сообщают источники, нашими словами.',
    },
    glossary: {
      title: 'Глоссарий',
      description: 'Термины в том смысле, в каком их используют источники, по алфавиту.',
      id: 'Постоянный идентификатор; он же якорь термина на странице глоссария.',
      term: 'Термин.',
      aliases: 'Сокращения и другие названия; в CSV через " | ".',
      definition: 'Что он означает у источников, нашими словами.',
    },
  },
  list,
};

export const clientTools: typeof enClientTools = {
  copied: 'Скопировано',
  copyFailed: 'Не скопировано',
  copyLink: 'Копировать ссылку',
  close: 'Закрыть',
  menu: 'Меню',
  copiedLinkTo: (title: string) => `Ссылка на раздел скопирована: ${title}`,
  copyFailedLinkTo: (title: string) => `Не удалось скопировать ссылку на раздел: ${title}`,
  copyLinkTo: (title: string) => `Копировать ссылку на раздел: ${title}`,
  linkCopied: (title: string) => `Ссылка на «${title}» скопирована`,
  linkNotCopied: (url: string) => `Не удалось скопировать. Ссылка: ${url}`,
  copyCitation: 'Копировать',
  pageCitationCopied: 'Ссылка на эту страницу скопирована',
  pageCitationNotCopied:
    'Не удалось скопировать. Ссылка выделена: скопируйте её клавиатурой или через меню.',
  citationCopied: 'Ссылка скопирована:',
  citationNotCopied: 'Не удалось скопировать. Выделите ссылку и скопируйте её:',
  sectionCitationCopied: (title: string) => `Ссылка на «${title}» скопирована`,
  sectionCitationNotCopied: (citation: string) =>
    `Не удалось скопировать. Ссылка показана под заголовком: ${citation}`,
  popoverTitle: (n: string) => `Источники, примечание ${n}`,
  allNotes: 'Все источники и примечания страницы',
};

export const client: typeof enClient = {
  citation: {
    noDate: 'б.\u00a0д.',
    asOf: (date: string) => `по состоянию на ${date}`,
    retrieved: (accessed: string, url: string) => `Дата обращения: ${accessed}. URL: ${url}`,
  },
};
