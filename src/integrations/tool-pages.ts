import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Plugin } from 'vite';

/**
 * Serves `virtual:tool-pages`: each tool page's id, title, description, order and path, read from the
 * frontmatter of `content/tools/<id>.mdx` at build time. The tool registry (`src/tools/registry.ts`) takes
 * titles and paths from here, so a tool's name is written once, in its page, and browser code gets a few
 * hundred bytes instead of the pages themselves.
 *
 * Astro's content collection validates the same frontmatter (`src/content.config.ts`); this plugin only
 * reads the fields the registry needs and fails the build when one is missing.
 */
const VIRTUAL_ID = 'virtual:tool-pages';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const TOOLS_DIR = fileURLToPath(new URL('../../content/tools/', import.meta.url));

/** A tool page's frontmatter, as the registry needs it. */
export interface ToolPage {
  id: string;
  title: string;
  description: string;
  order: number;
  /** Site path without the base path, for example `tools/loyalty-score/`. */
  path: string;
}

/** Reads the frontmatter of every tool page, in the tools' order. */
export function readToolPages(dir: string = TOOLS_DIR): ToolPage[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      const data = (match ? parse(match[1]!) : undefined) as Partial<ToolPage> | undefined;
      const id = basename(file, '.mdx');
      if (!data || typeof data.title !== 'string' || typeof data.description !== 'string' || typeof data.order !== 'number') {
        throw new Error(`content/tools/${file}: frontmatter needs title, description and order`);
      }
      return { id, title: data.title, description: data.description, order: data.order, path: `tools/${id}/` };
    })
    .sort((a, b) => a.order - b.order);
}

/** The Vite plugin; registered in `astro.config.mjs`, so the site and the tests both see the module. */
export function toolPages(): Plugin {
  return {
    name: 'loyalty-playbook:tool-pages',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of readdirSync(TOOLS_DIR)) this.addWatchFile(join(TOOLS_DIR, file));
      return `export default ${JSON.stringify(readToolPages())};`;
    },
  };
}
