import { z } from 'astro/zod';
import { ID_SOURCE } from '../lib/content/ids';

const anchor = z.string().regex(new RegExp(`^/(?:[a-z0-9-]+/)*#${ID_SOURCE}$`), {
  error: 'write anchors as "/page/path/#id", e.g. "/states/armenia/#grievances"',
});

/**
 * content/anchor-aliases.yaml: a list of renamed anchors. Each keeps an old link landing on
 * the section that replaced it (the build adds the old id next to the new one).
 */
export const anchorAliasesSchema = z.array(
  z
    .object({
      /** The published anchor that was renamed or removed. */
      from: anchor,
      /** The anchor on the same page that replaces it. */
      to: anchor,
      /** Why it moved (for maintainers). */
      note: z.string().optional(),
    })
    .refine((a) => a.from.split('#')[0] === a.to.split('#')[0], {
      error:
        'an anchor alias stays on its page; for a moved page, add a redirect in astro.config.mjs',
    })
);
