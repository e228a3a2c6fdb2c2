// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { resolve } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { sitemapFilter } from './src/utils/sitemap-filter.ts';

// SITE and BASE let one build target any static host, under a sub-path too
// (GitHub Pages project sites, a folder on nginx or S3).
const site = process.env.SITE ?? 'https://faq.example.cn';
const base = process.env.BASE ?? '/';
const outDir = process.env.OUT_DIR ?? './dist';

// A build from another FAQ_DIR (tests, benchmark) gets its own content cache:
// a shared one keeps entries of a deleted FAQ_DIR and the next build fails
// resolving them.
const faqDir = process.env.FAQ_DIR;
const cacheDir = faqDir ? resolve(faqDir, '..', '.astro-cache') : undefined;

export default defineConfig({
  site,
  ...(cacheDir ? { cacheDir } : {}),
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7 defaults to the Sätteri processor; our remark plugins need unified.
  // SmartyPants would rewrite ASCII quotes inside Chinese legal text: keep it off.
  markdown: { processor: unified({ smartypants: false }) },
  integrations: [mdx(), sitemap({ filter: sitemapFilter(resolve(outDir), base) })],
});
