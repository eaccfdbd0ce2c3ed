import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';

/**
 * Astro writes one small `<style>` (its island rule, `astro-island{display:contents}` and kin) just before
 * the first island of a page, which puts a `<style>` in `<body>`: invalid HTML (the W3C checker reports it).
 * Astro has no option to place it elsewhere, so this integration moves it into `<head>` after the build.
 * The style keeps its text, so the hash Astro put in the page's CSP still allows it.
 */

/** The element exactly as Astro writes it. */
export const ISLAND_STYLE_ELEMENT = `<style>${ISLAND_STYLES}</style>`;

/**
 * Moves Astro's island style from the body to the end of the head, once, leaving any other page untouched.
 * @param html a built page
 */
export function moveIslandStyleToHead(html: string): string {
  const headEnd = html.indexOf('</head>');
  const first = html.indexOf(ISLAND_STYLE_ELEMENT);
  if (headEnd === -1 || first === -1 || first < headEnd) return html;
  const withoutStyle = html.split(ISLAND_STYLE_ELEMENT).join('');
  return withoutStyle.replace('</head>', `${ISLAND_STYLE_ELEMENT}</head>`);
}

/** Lists every `.html` file under a folder. */
async function listHtmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Runs moveIslandStyleToHead over every built page. */
export function islandStyleInHead(): AstroIntegration {
  return {
    name: 'loyalty-playbook:island-style-in-head',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let moved = 0;
        for (const file of await listHtmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const fixed = moveIslandStyleToHead(html);
          if (fixed === html) continue;
          await writeFile(file, fixed);
          moved += 1;
        }
        logger.info(`moved the island style into <head> on ${moved} pages`);
      },
    },
  };
}
