import type { APIRoute } from 'astro';
import { basePath } from '../lib/site/base-path';

/** Lets every crawler in and points it at the sitemap (an absolute URL, as robots.txt requires). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${basePath(import.meta.env.BASE_URL)}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
