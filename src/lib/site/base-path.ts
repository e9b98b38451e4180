/**
 * The base path the site is deployed under (BASE_PATH, Astro's `base`), in the one form the rest
 * of the code joins paths to: a slash at each end, "/" for the root. Everything that reads a base
 * path — the Astro config, the internal links, robots.txt, the Node and nginx servers' scripts —
 * passes it through here first, so "csto", "/csto" and "/csto/" build and serve the same site.
 */
export function basePath(base: string | undefined): string {
  const inner = (base ?? '').replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}
