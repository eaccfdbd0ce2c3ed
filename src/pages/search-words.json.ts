/**
 * `/search-words.json`: every word the search index holds, for the "did you mean" offer when a typed
 * word matches nothing. Built from the same entries pagefind indexes (guidance, glossary, tools, My plan),
 * with glossary terms first so a near miss of a term the playbook defines is offered before a plain word.
 * Fetched only after a search that found nothing for some word.
 */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { extractSearchTerms } from '../lib/search-results';

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
  const terms = [...(glossary.body ?? '').matchAll(/term="([^"]+)"/g)].map((match) => match[1].toLowerCase());
  const words = new Set<string>();
  for (const text of texts) for (const word of extractSearchTerms(text)) if (word.length >= MIN_WORD_LENGTH && !/\d/.test(word)) words.add(word);
  return new Response(JSON.stringify({ terms, words: [...words].sort() }), { headers: { 'Content-Type': 'application/json' } });
};
