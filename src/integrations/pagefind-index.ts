import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with pagefind as the last step of `astro build`, so every build (any
 * `OUT_DIR`, any `BASE_PATH`) ships a search index that matches its own pages.
 *
 * Only elements marked `data-pagefind-body` are indexed: the guidance articles, the glossary, each tool's
 * page and My plan. Chrome stays out, and so does every live tool (an Astro island): a tool is found by its
 * explanation, not by the labels of its form.
 */
/** Astro wraps every hydrated component in `<astro-island>`; its server-rendered form is not prose. */
const ISLAND_SELECTORS = ['astro-island'];

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'loyalty-playbook:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const sitePath = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ISLAND_SELECTORS });
        if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: sitePath });
        if (added.errors.length > 0) throw new Error(`pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${sitePath}/pagefind` });
        if (written.errors.length > 0) throw new Error(`pagefind could not write: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages for search`);
        await pagefind.close();
      },
    },
  };
}
