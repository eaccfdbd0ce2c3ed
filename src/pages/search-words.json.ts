/**
 * `/search-words.json`: every word the search index holds, for the "did you mean" offer when a typed
 * word matches nothing. Built from the same entries pagefind indexes (guidance, glossary, tools, My plan),
 * with glossary terms so a near miss of a term the playbook defines is offered before a plain word, and
 * each term's guidance page, which search lists first when a query names the term. Fetched after the
 * first search only.
 */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { extractSearchTerms, type Definition } from '../lib/search-results';
import { withBase } from '../lib/url';

/** Shorter words are too often one typo away from many others to make a useful offer. */
const MIN_WORD_LENGTH = 3;

/** The prose of an MDX body: imports, JSX tags, `{expressions}` and link targets removed. */
function readProse(body: string): string {
  return body
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');
}

export const GET: APIRoute = async () => {
  const entries = [...(await getCollection('playbook')), ...(await getCollection('tools'))];
  const glossary = (await getEntry('pages', 'glossary'))!;
  const myPlan = (await getEntry('pages', 'my-plan'))!;
  const texts = [...entries, glossary, myPlan].map((entry) => `${entry.data.title} ${entry.data.description} ${readProse(entry.body ?? '')}`);
  const definitions: Definition[] = [...(glossary.body ?? '').matchAll(/<GlossaryTerm\b[^>]*>/g)].flatMap(([tag]) => {
    const term = /\bterm="([^"]+)"/.exec(tag)?.[1];
    const guide = /\bguide="([^"]+)"/.exec(tag)?.[1];
    return term && guide ? [{ term: term.toLowerCase(), guide: withBase(import.meta.env.BASE_URL, `playbook/${guide}/`) }] : [];
  });
  const terms = definitions.map((definition) => definition.term);
  const words = new Set<string>();
  for (const text of texts) for (const word of extractSearchTerms(text)) if (word.length >= MIN_WORD_LENGTH && !/\d/.test(word)) words.add(word);
  return new Response(JSON.stringify({ terms, definitions, words: [...words].sort() }), { headers: { 'Content-Type': 'application/json' } });
};
