import type { APIRoute } from 'astro';

/** Lets every crawler in and points it at the sitemap (an absolute URL, as robots.txt requires). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(
    `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`,
    site
  );
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
