/**
 * The public address of a page, for what readers copy and keep (citations): the site's SITE_URL
 * origin with the page's path. A build without SITE_URL uses a local origin (127.0.0.1,
 * localhost), which must never end up in a citation: then there is no public address.
 */
const LOCAL = /^(?:localhost|127(?:\.\d+){3}|\[::1\]|0\.0\.0\.0)$/;

export function isLocalOrigin(site: URL): boolean {
  return LOCAL.test(site.hostname);
}

/** `pathname` includes the base path. */
export function publicAddress(pathname: string, site: URL | undefined): string | undefined {
  if (!site || isLocalOrigin(site)) return undefined;
  return new URL(pathname, site).href;
}
