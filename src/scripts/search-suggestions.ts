/**
 * "Did you mean": for a search term no page holds, the closest words the index does hold (glossary terms
 * first), from `/search-words.json`. Loaded only when a search leaves a term unmatched. Browser-only
 * except {@link findCloseWords}, which is pure.
 */
import { distance } from 'fastest-levenshtein';
import { withBase } from '../lib/url';
import type { SuggestionOffer } from './search-render';

/** The vocabulary `/search-words.json` serves. */
export interface Vocabulary {
  /** Glossary terms, lower case ("zone of tolerance"). */
  terms: string[];
  /** Every indexed word, lower case. */
  words: string[];
}

/** How many corrections to offer for one word: enough to catch the intended one, few enough to scan. */
export const MAX_SUGGESTIONS = 3;

/**
 * The most typing slips a correction may undo: one per four letters, at least one. "complant" (8
 * letters) may be two edits from "complaint"; "nps" only one from anything offered.
 */
function allowedEdits(word: string): number {
  return Math.max(1, Math.floor(word.length / 4));
}

/**
 * Finds the indexed words closest to a word nothing matched, fewest edits first; words of glossary terms
 * win ties, then the shorter word.
 * @param word the unmatched search term, lower case
 * @param vocabulary what the index holds
 */
export function findCloseWords(word: string, vocabulary: Vocabulary): string[] {
  const termWords = new Set(vocabulary.terms.flatMap((term) => term.split(/\s+/)));
  const limit = allowedEdits(word);
  return [...new Set([...termWords, ...vocabulary.words])]
    .map((candidate) => ({ candidate, edits: distance(word, candidate) }))
    .filter(({ candidate, edits }) => edits > 0 && edits <= limit && candidate !== word)
    .sort(
      (a, b) =>
        a.edits - b.edits ||
        Number(termWords.has(b.candidate)) - Number(termWords.has(a.candidate)) ||
        a.candidate.length - b.candidate.length ||
        a.candidate.localeCompare(b.candidate),
    )
    .slice(0, MAX_SUGGESTIONS)
    .map(({ candidate }) => candidate);
}

let vocabulary: Promise<Vocabulary> | undefined;

function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetch(withBase(import.meta.env.BASE_URL, 'search-words.json')).then((response) => {
    if (!response.ok) throw new Error(`search-words.json: ${response.status}`);
    return response.json() as Promise<Vocabulary>;
  });
  // A failed load may succeed on the next search (the reader may be back online).
  vocabulary.catch(() => (vocabulary = undefined));
  return vocabulary;
}

/**
 * Offers corrected queries for the terms nothing matched: each offer swaps one unmatched word for a
 * close indexed word and keeps the rest of what the reader typed.
 * @param query what the reader typed
 * @param unmatched the terms no page holds
 */
export async function suggestReplacements(query: string, unmatched: readonly string[]): Promise<SuggestionOffer[]> {
  const known = await loadVocabulary();
  return unmatched.flatMap((term) =>
    findCloseWords(term, known).map((word) => {
      const corrected = query.replace(new RegExp(`(?<![\\p{L}\\p{N}])${term}(?![\\p{L}\\p{N}])`, 'iu'), word);
      return { word, query: corrected === query ? word : corrected };
    }),
  );
}
