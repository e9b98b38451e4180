// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkHeadingIds } from './src/markdown/remark-heading-ids';
import { remarkPageOutline } from './src/markdown/remark-page-outline';
import { remarkRussianTypography } from './src/markdown/remark-russian-typography';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links';
import { rehypeWrapTables } from './src/markdown/rehype-wrap-tables';
import { rehypeHeadingControls } from './src/markdown/heading-anchors';
import { anchorAliases } from './src/integrations/anchor-aliases';
import { notFoundPages } from './src/integrations/not-found-pages';
import { checkLinks } from './src/integrations/check-links';
import { contentDates } from './src/integrations/content-dates';
import { PRE_PAINT_HASH } from './src/build/pre-paint';
import { siteOrigin } from './src/lib/site/site-url';
import { basePath } from './src/lib/site/base-path';
import { siteUrlWarning } from './src/integrations/site-url-warning';
import { ownCopies } from './src/build/own-copies';

// BASE_PATH=/csto/ builds the site to live under a sub-path; SITE_URL is its public origin,
// used for canonical URLs, link previews, the sitemap and "Cite this" (see README, "Deploying").
// Without SITE_URL the build names the local preview and warns that it is not for deploying.
const base = basePath(process.env.BASE_PATH);
const origin = siteOrigin(process.env.SITE_URL);
if (typeof origin === 'string') throw new Error(origin);
const site = origin.site;
const siteUrlUnset = !process.env.SITE_URL;

export default defineConfig({
  outDir: process.env.OUT_DIR ?? './dist',
  site,
  base,
  trailingSlash: 'always',
  // Styles inline in each page (about 6 KB gzip): no render-blocking request before first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // No code blocks on this site; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: unified({
      // remarkPageOutline after remarkHeadingIds: it reads JSX headings as headings; and after
      // remarkRussianTypography (content/ru/ only), so that its section titles are set text.
      remarkPlugins: [remarkGfm, remarkHeadingIds, remarkRussianTypography, remarkPageOutline],
      rehypePlugins: [rehypeBaseLinks(base), rehypeWrapTables, rehypeHeadingControls],
    }),
  },
  // notFoundPages moves each edition's 404 page to 404.html; anchorAliases runs before
  // checkLinks: the old ids it adds are then checked like any other.
  // contentDates serves the content files' git dates to the route data, read once per build.
  // (Preview cards and each page's BibTeX and RIS are endpoints under src/pages/, made from the
  // same route data as the pages.)
  integrations: [
    siteUrlWarning(siteUrlUnset),
    contentDates(),
    mdx(),
    // Both editions, each page with its twin as an hreflang alternate.
    sitemap({
      filter: (page) => !page.endsWith('/search/') && !page.endsWith('/404/'),
      i18n: { defaultLocale: 'en', locales: { en: 'en', ru: 'ru' } },
    }),
    notFoundPages(),
    anchorAliases(),
    checkLinks(),
  ],
  // A strict Content-Security-Policy <meta> on every page: Astro hashes its own scripts and
  // styles; everything else may come only from the site itself. Nothing is loaded from elsewhere.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The inline pre-paint script (theme and html.js) is allowed by its hash. Pagefind's search
      // runs WebAssembly in a worker, and a worker obeys the policy of its own response: once a
      // server sends this policy as a header (deploy/), the worker needs 'wasm-unsafe-eval', which
      // allows compiling WebAssembly and nothing else (no eval() of JavaScript).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [PRE_PAINT_HASH] },
    },
  },
  // Keep scripts in files of their own (no inlining), so the policy can allow them by origin.
  // Search's code in one file (one request of a first search): the highlighter and the 404 page's
  // suggestions get their own copies of the small modules they share with it.
  vite: {
    build: { assetsInlineLimit: 0 },
    plugins: [
      ownCopies(import.meta.dirname, {
        'src/client/search/query.ts': ['src/client/search/highlight.ts'],
        'src/lib/search/edit-distance.ts': ['src/lib/search/path-suggestions.ts'],
      }),
    ],
  },
});
