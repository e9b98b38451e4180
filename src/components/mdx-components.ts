/** The components MDX content may use without importing them (see content/README.md). */
import Cite from './Cite.astro';
import SiteNote from './SiteNote.astro';
import StatusTable from './StatusTable.astro';
import MembershipMatrix from './MembershipMatrix.astro';
import Q from './Q.astro';

export const mdxComponents = { Cite, SiteNote, StatusTable, MembershipMatrix, Q };
