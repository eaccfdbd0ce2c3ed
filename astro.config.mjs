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

/**
 * How the browser's scripts are grouped into files. Left alone, the bundler cuts the code every tool page
 * shares into a dozen small files; each file gzips on its own and repeats the names it imports, which costs
 * a tool page over 1 KB of its 28 KB script budget (scripts/budgets.mjs). Two groups bring them together:
 * what every island needs (Preact, the island loader, nanostores, dates, the hydration hook) and what every
 * saved store needs (the saved store, its storage engine and notices; zod stays apart, as pages load it
 * only to read saved data). The touchpoint planner's and the survey's pages load only the first. Vite's
 * preload helper stays a file of its own: the header's search and update scripts on every reading page
 * import it, and must not pull in the islands' code.
 */
/** The model and migrations of each tool whose stores load their schema on demand. */
const DEFERRED_SCHEMA_MODELS = /src[\\/]tools[\\/](client-survey|ladder-quiz|loyalty-score|tolerance-review|weekly-checklist)[\\/](?:model|migrations)\.ts$/;

const CHUNK_GROUPS = [
  { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 30 },
  {
    name: 'island-runtime',
    test: /node_modules[\\/](preact|@nanostores[\\/]preact|nanostores[\\/](atom|listen-keys|deep-map))[\\/]|src[\\/]tools[\\/]shared[\\/](use-hydrated|today|lazy-load|saved-data|calendar-date)\.ts/,
    priority: 20,
  },
  {
    name: 'saved-store',
    test: /node_modules[\\/](@nanostores[\\/]persistent|nanostores[\\/](lifecycle|computed))[\\/]|src[\\/]tools[\\/]shared[\\/](saved-store\.ts|SavedDataNotices\.tsx)/,
    priority: 10,
  },
  // A store whose schema loads on demand awaits it while its module runs (createDeferredSavedStore). The
  // schema's own imports (the tool's model and migrations, the client-name rule) must then sit in files that
  // have already run, never in the island's or the store's file, or the import would wait for itself.
  { name: 'client-name', test: /src[\\/]tools[\\/]shared[\\/]client-name\.ts/, priority: 8 },
  {
    name: (/** @type {string} */ id) => DEFERRED_SCHEMA_MODELS.exec(id)?.[1]?.concat('-model') ?? null,
    test: DEFERRED_SCHEMA_MODELS,
    priority: 5,
  },
];
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
  vite: {
    plugins: [toolPages()],
    environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } } } } },
  },
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
