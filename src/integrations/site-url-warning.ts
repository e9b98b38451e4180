/**
 * A build without SITE_URL says so, loudly, before and after it runs: its addresses would point
 * at the local preview (src/lib/site/site-url.ts). A warning, not a failure: writers run
 * `npm run build` to check their content, and `npm start` builds for the local preview.
 */
import type { AstroIntegration } from 'astro';
import { NO_SITE_URL_WARNING } from '../lib/site/site-url';

export function siteUrlWarning(isLocalDefault: boolean): AstroIntegration {
  let building = false;
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        building = command === 'build';
        if (building && isLocalDefault) logger.warn(`\n${NO_SITE_URL_WARNING}`);
      },
      'astro:build:done': ({ logger }) => {
        if (isLocalDefault) logger.warn(`\n${NO_SITE_URL_WARNING}`);
      },
    },
  };
}
