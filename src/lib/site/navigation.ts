/**
 * The sidebar: the story's pages in reading order, the state profiles, then the reference
 * pages. Built from content data, so a new page or profile appears without editing a template.
 */
import { urls as englishUrls, type Urls } from './urls';
import { ui as english } from '../../i18n/en';

export interface NavLink {
  label: string;
  href: string;
  /** Small note beside the label, e.g. a state's status. */
  badge?: string;
}

export interface NavGroup {
  label: string;
  links: NavLink[];
}

interface PageLike {
  id: string;
  data: { title: string; nav?: string | undefined };
}
interface StateLike {
  id: string;
  data: { name: string; status: 'member' | 'frozen' | 'former' };
}

/** The sidebar in an edition: its words (the dictionary's `nav`) and its links. */
export function buildNavigation(
  pages: readonly PageLike[],
  states: readonly StateLike[],
  words: typeof english.nav = english.nav,
  urls: Urls = englishUrls
): NavGroup[] {
  const link = (label: string, href: string, badge?: string): NavLink =>
    badge ? { label, href, badge } : { label, href };
  const badge = (status: StateLike['data']['status']) =>
    status === 'member' ? undefined : words.badges[status];
  return [
    {
      label: words.story,
      links: [
        ...pages.map((p) => link(p.data.nav ?? p.data.title, urls.page(p.id))),
        link(words.timeline, urls.timeline()),
      ],
    },
    {
      label: words.states,
      links: [
        link(words.allStates, urls.states()),
        ...states.map((s) => link(s.data.name, urls.state(s.id), badge(s.data.status))),
      ],
    },
    {
      label: words.reference,
      links: [
        link(words.sources, urls.sources()),
        link(words.people, urls.people()),
        link(words.glossary, urls.glossary()),
        link(words.index, urls.index()),
      ],
    },
  ];
}

/** Whether a nav link is the current page (or, for the section roots, its parent). */
export function isCurrent(href: string, pathname: string): boolean {
  const normal = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return normal(href) === normal(pathname);
}
