import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/** The service worker's file name, at the root of the build (so its scope is the whole site under `BASE_PATH`). */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * What the service worker precaches: every page, stylesheet, script, image and the search index.
 * Pagefind also writes UI bundles the site never loads (it has its own search panel) and a WebAssembly
 * build for pages without a language; those stay out, so a first visit downloads only what can be used.
 */
export const PRECACHE_PATTERNS = ['**/*.{html,css,js,svg,webmanifest}', 'search-words.json', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind', 'pagefind/*.pf_meta', 'pagefind/fragment/*', 'pagefind/index/*'];

/** Files matched above that the site never loads, or that must never be served from a cache. */
const PRECACHE_IGNORES = [SERVICE_WORKER_FILE, 'pagefind/pagefind-*ui.{js,css}', 'pagefind/pagefind-highlight.js'];

/**
 * Workbox refuses files above this size; the largest file the site precaches (pagefind's WebAssembly,
 * about 60 KB) is far below it. Workbox's own default (2 MB) is kept, so an unexpectedly large file fails loudly.
 */
const MAX_PRECACHED_FILE_BYTES = 2 * 1024 * 1024;

/** The page shown for an address the site does not have (Astro's `src/pages/404.astro`). */
const NOT_FOUND_PAGE = '404.html';

/** What `generateSW` reports about the precache, for the build log and `npm run bench`. */
export interface PrecacheReport {
  count: number;
  /** Uncompressed bytes of every precached file. */
  size: number;
  warnings: string[];
}

/**
 * Writes a Workbox service worker (`sw.js`) into a built site, precaching every page and asset and the
 * pagefind index, so the whole playbook (reading, search and the tools, which keep their data in
 * localStorage) works offline after a first visit.
 *
 * A new deploy waits for the reader: the worker never skips waiting on its own. The page's
 * registration script (`src/scripts/service-worker.ts`) offers a reload and sends `SKIP_WAITING` only
 * when the reader asks for it.
 * @param siteDir the built site, for example `dist/`
 */
export async function writeServiceWorker(siteDir: string): Promise<PrecacheReport> {
  const { count, size, warnings } = await generateSW({
    globDirectory: siteDir,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    swDest: join(siteDir, SERVICE_WORKER_FILE),
    // One file served from 'self': the CSP allows it as a worker, and nothing is fetched from a CDN.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // A new version waits for the reader (see above). The first install, which replaces nothing, takes over
    // the page it was installed from, so search works offline there too without another navigation.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Addresses end in a slash (trailingSlash: 'always'); the precache holds their index.html.
    directoryIndex: 'index.html',
    // Every file is static, so no query changes a response: `search/?q=…` is the search page, and pagefind
    // adds `?ts=…` to its entry file to dodge HTTP caches, which the precache's revisions already handle.
    ignoreURLParametersMatching: [/.*/],
    // Astro and pagefind put a content hash in these names, so the name alone is the revision.
    dontCacheBustURLsMatching: /^_astro\/|^pagefind\/(fragment|index)\/|\.pf_meta$/,
    maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE_BYTES,
    // An address the site never had (all its pages are precached): the server's answer when online, the
    // site's own "Page not found" when offline rather than the browser's error page.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: NOT_FOUND_PAGE } },
      },
    ],
  });
  return { count, size, warnings };
}

/**
 * Astro integration: writes the service worker once the build, including pagefind's index, is done.
 * List it after `pagefindIndex()`: Astro runs `astro:build:done` hooks in the order integrations are listed.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'loyalty-playbook:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of report.warnings) logger.warn(warning);
        logger.info(`precached ${report.count} files, ${(report.size / 1024).toFixed(1)} KB, in ${SERVICE_WORKER_FILE}`);
      },
    },
  };
}
