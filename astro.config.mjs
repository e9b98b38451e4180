// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { remarkHeadingIds } from './src/markdown/remark-heading-ids';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links';
import { headingAnchorOptions } from './src/markdown/heading-anchors';
import { checkLinks } from './src/integrations/check-links';

// BASE_PATH=/csto/ builds the site to live under a sub-path; SITE_URL is its public origin,
// used for canonical URLs, link previews and the sitemap (see README, "Deploying").
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  outDir: process.env.OUT_DIR ?? './dist',
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm, remarkHeadingIds],
      rehypePlugins: [rehypeBaseLinks(base), [rehypeAutolinkHeadings, headingAnchorOptions]],
    }),
  },
  integrations: [mdx(), sitemap(), checkLinks()],
  vite: { build: { assetsInlineLimit: 0 } },
});
