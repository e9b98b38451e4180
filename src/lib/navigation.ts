/**
 * The sidebar: the story's pages in reading order, the state profiles, then the reference
 * pages. Built from content data, so a new page or profile appears without editing a template.
 */
import { urls } from './urls';

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

const BADGES = { member: undefined, frozen: 'frozen', former: 'former' } as const;

export function buildNavigation(
  pages: readonly PageLike[],
  states: readonly StateLike[]
): NavGroup[] {
  const link = (label: string, href: string, badge?: string): NavLink =>
    badge ? { label, href, badge } : { label, href };
  return [
    {
      label: 'The story',
      links: [
        ...pages.map((p) => link(p.data.nav ?? p.data.title, urls.page(p.id))),
        link('Timeline', urls.timeline()),
      ],
    },
    {
      label: 'Member states',
      links: [
        link('All states', urls.states()),
        ...states.map((s) => link(s.data.name, urls.state(s.id), BADGES[s.data.status])),
      ],
    },
    {
      label: 'Reference',
      links: [
        link('Sources', urls.sources()),
        link('People', urls.people()),
        link('Glossary', urls.glossary()),
        link('A–Z index', urls.index()),
      ],
    },
  ];
}

/** Whether a nav link is the current page (or, for the section roots, its parent). */
export function isCurrent(href: string, pathname: string): boolean {
  const normal = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return normal(href) === normal(pathname);
}
