/**
 * The one id pattern of the site: content ids (states, events, people, terms, sources) and section
 * ids are lower-case letters, digits and single hyphens, e.g. "armenia-freezes-membership-2024".
 * The schemas, the heading-id plugin, AnchorHeading, the anchor aliases and the citation parser
 * all use it from here. Pure.
 */

/** The pattern as regular-expression source, for building larger patterns ("forbes:4"). */
export const ID_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** A whole string that is an id. */
export const ID = new RegExp(`^${ID_SOURCE}$`);

/** What an id is, for error messages. */
export const ID_RULE = 'lower-case letters, digits and single hyphens';

export const isId = (value: string): boolean => ID.test(value);
