/**
 * Ids of the page frame that the skip links, the navigation drawer and the contents scripts share
 * (one owner, so a renamed id cannot leave a skip link pointing at nothing).
 */
export const FRAME_IDS = {
  content: 'content',
  siteNav: 'site-nav',
  drawer: 'site-drawer',
} as const;

export const TOC_IDS = {
  /** The "On this page" column on wide screens. */
  column: 'toc',
  /** The summary of the folded "On this page" at the top of the article below the wide layout. */
  folded: 'toc-fold',
} as const;
