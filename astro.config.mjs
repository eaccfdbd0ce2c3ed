// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { islandStyleInHead } from './src/integrations/island-style-in-head.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { readHostingEnv, reportHostingEnv } from './src/integrations/hosting-env.ts';
import { toolPages } from './src/integrations/tool-pages.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

const hosting = readHostingEnv(process.env);
const { site, base, outDir } = hosting;

export default defineConfig({
  site,
  base,
  outDir,
  // Every address ends in a slash, so relative links and pagefind URLs agree with the files on disk.
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Styles always ship as files: the CSP allows 'self' stylesheets, and Astro does not hash every
    // inline <style> (those of components placed inside MDX content are missed).
    inlineStylesheets: 'never',
  },
  // Order matters: astro:build:done hooks run in this order. Island styles move into <head> before pagefind
  // indexes and the service worker precaches (its revisions must match the final files). The sitemap needs
  // absolute URLs, so a build without SITE_URL has none (reportHostingEnv says so).
  integrations: [
    mdx(),
    preact(),
    ...(site ? [sitemap()] : []),
    islandStyleInHead(),
    pagefindIndex(),
    serviceWorker(),
    securityHeaders(),
    reportHostingEnv(hosting),
  ],
  // The tool registry reads tool titles and paths from content/tools frontmatter (virtual:tool-pages).
  vite: { plugins: [toolPages()] },
  // Prefetching would fetch pages on hover; the service worker already fetches the whole site once, after
  // the first page has loaded (src/integrations/service-worker.ts).
  prefetch: false,
  // Shiki colours code with inline styles, which the CSP forbids; the playbook has no code samples.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // 'self' lets islands and the lazily imported search module load; pagefind compiles its
        // WebAssembly search engine, which CSP only permits with 'wasm-unsafe-eval'.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
      styleDirective: {
        resources: ["'self'"],
      },
    },
  },
});
