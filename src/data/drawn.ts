/**
 * What the data-drawn parts of a page show, worked out from the data layer while the route data
 * is built (src/data/route-data.ts), so that the components drawing them only render: the sidebar's
 * links, the home page's status table, the membership matrix and the status map.
 */
import type { SiteData } from './site-data';
import { statusMap } from './status-map';
import { buildNavigation, type NavGroup } from '../lib/site/navigation';
import { membershipMatrix, type MatrixRow } from '../lib/membership/matrix';
import { membershipSpans } from '../lib/membership/periods';
import type { StatusMapData } from '../lib/membership/map';
import { quotedPlainText } from '../lib/translation/quoted-text';
import { urlsFor } from '../lib/site/urls';
import { strings } from '../i18n';

type Status = SiteData['states'][number]['data']['status'];

/** A row of the status table (<StatusTable />): a state, its status and membership in words. */
export interface StatusRow {
  id: string;
  name: string;
  status: Status;
  /** Rich text (may hold <Q> quotations). */
  statusNote: string;
  /** Its membership periods, one line each ("1992–2012"). */
  spans: string[];
}

/** A row of the membership matrix, with the title of each cell's event in plain text. */
export interface MatrixRowShown extends MatrixRow {
  eventTitles: (string | undefined)[];
}

/** The status map: its geometry and, in the legend's order, the states it shows. */
export interface StatusMapShown {
  map: StatusMapData;
  states: { id: string; name: string; status: Status }[];
}

const once = <T>(make: (data: SiteData) => T) => {
  const made = new WeakMap<SiteData, T>();
  return (data: SiteData): T => {
    if (!made.has(data)) made.set(data, make(data));
    return made.get(data) as T;
  };
};

/** The sidebar of an edition. */
export const navigationOf = once((data: SiteData): NavGroup[] =>
  buildNavigation(data.pages, data.states, strings(data.lang).nav, urlsFor(data.lang))
);

export const statusRowsOf = once((data: SiteData): StatusRow[] =>
  data.states.map((state) => ({
    id: state.id,
    name: state.data.name,
    status: state.data.status,
    statusNote: state.data.statusNote,
    spans: membershipSpans(state.data.membership, data.lang, strings(data.lang).states),
  }))
);

export const matrixRowsOf = once((data: SiteData): MatrixRowShown[] =>
  membershipMatrix(
    data.states.map((s) => ({ id: s.id, name: s.data.name, membership: s.data.membership }))
  ).map((row) => ({
    ...row,
    eventTitles: row.cells.map((cell) =>
      cell.event ? quotedPlainText(data.byId.event(cell.event).data.title) : undefined
    ),
  }))
);

export const statusMapOf = once((data: SiteData): StatusMapShown => ({
  map: statusMap(data.states.map((s) => s.id)),
  states: data.states.map((s) => ({ id: s.id, name: s.data.name, status: s.data.status })),
}));
