/**
 * The glossary's entries for Astro components, read from the `pages` collection (Astro caches the entry;
 * parsing 20-odd terms is cheap, and reading afresh keeps the dev server in step with edits).
 */
import { getEntry } from 'astro:content';
import { readGlossaryEntries, type GlossaryEntry } from './glossary-entries';

/** Loads the glossary's terms from `content/pages/glossary.mdx`. */
export async function loadGlossaryEntries(): Promise<GlossaryEntry[]> {
  const page = await getEntry('pages', 'glossary');
  if (!page?.body) throw new Error('content/pages/glossary.mdx is missing or empty');
  return readGlossaryEntries(page.body);
}
