/**
 * SITE_URL is the public origin of a build: canonical and og:url addresses, the sitemap,
 * robots.txt and the "Cite this" text are made from it. Without it they name the local preview.
 */
import { basePath } from './base-path';

const LOCAL_SITE_URL = 'http://127.0.0.1:4321';

/** The origin to build with, or an error message for a value that is not one. */
export function siteOrigin(value: string | undefined): { site: string } | string {
  if (value === undefined || value === '') return { site: LOCAL_SITE_URL };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL "${value}" is not an address; give the public origin, e.g. SITE_URL=https://explainer.example.org`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `SITE_URL "${value}" must start with https:// (or http://)`;
  if (url.pathname !== '/' || url.search || url.hash) {
    return `SITE_URL "${value}" must be an origin only; put a sub-path in BASE_PATH (e.g. BASE_PATH=${basePath(url.pathname)})`;
  }
  return { site: url.origin };
}

/** The warning a build without SITE_URL prints at its start and its end. */
export const NO_SITE_URL_WARNING = [
  '════════════════════════════════════════════════════════════════════════════',
  ` SITE_URL is not set: this build's canonical and og:url addresses, sitemap,`,
  ` robots.txt and "Cite this" text all point at ${LOCAL_SITE_URL}.`,
  ' Fine for a local preview; do not deploy it. For the real site:',
  '   SITE_URL=https://your.domain npm run build',
  '════════════════════════════════════════════════════════════════════════════',
].join('\n');
