/**
 * The Russian dictionary's words for the search dialog and page, typed by the English
 * (src/i18n/en-search.ts; see there why they are a module of their own).
 */
import type { clientSearch as enClientSearch } from './en-search';

const RULES = /* @__PURE__ */ new Intl.PluralRules('ru');
/** "1 результат", "3 результата", "5 результатов". */
const count = (n: number, one: string, few: string, many: string) => {
  const form = RULES.select(n);
  return `${n} ${form === 'one' ? one : form === 'few' ? few : many}`;
};

export const clientSearch: typeof enClientSearch = {
  filters: 'Фильтры',
  filter: {
    kind: { label: 'Тип', any: 'Любой тип' },
    country: { label: 'Государство', any: 'Любое государство' },
    year: { label: 'Год', any: 'Любой год' },
  },
  kinds: {
    Profile: 'Профиль государства',
    Event: 'Событие',
    Person: 'Персона',
    Term: 'Термин',
    Analysis: 'Анализ',
    Source: 'Источник',
  },
  moreResults: 'Ещё результаты',
  openSearchPage: 'Открыть на странице поиска',
  title: 'Поиск по сайту',
  label: 'Поиск',
  placeholder: 'Поиск по сайту',
  close: 'Закрыть',
  results: 'Результаты поиска',
  keys: '↑ ↓ — выбрать, Enter — открыть, Esc — закрыть',
  recent: 'Недавние запросы',
  try: 'Попробуйте',
  tryNote:
    'Государство, человек, событие или термин в любом написании — латиницей и на языках самих государств тоже.',
  examples: ['Армения', 'Токаев', 'ввод войск в Казахстан', 'статья 4', 'Kyrgyzstan'],
  loading: 'Поиск загружается…',
  filtersFailed: 'Не удалось загрузить фильтры.',
  index: 'указателе А–Я',
  loadFailed: 'Не удалось загрузить поиск. Все страницы и разделы перечислены в ',
  moreFailed: 'Не удалось загрузить ещё результаты.',
  searchFailed: 'Поиск не сработал.',
  retry: ' Обновите страницу и попробуйте снова или найдите страницу в ',
  count: (total: number, query: string, scope: string) =>
    `${total === 0 ? 'Ничего не найдено' : `${count(total, 'результат', 'результата', 'результатов')}`}${query ? ` по запросу «${query}»` : ''}${scope ? ` (${scope})` : ''}.`,
  showingFor: 'Показаны результаты для ',
  insteadFor: '; искать вместо этого ',
  sectionsOf: (title: string) => `Подходящие разделы: ${title}`,
};
