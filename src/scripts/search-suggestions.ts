/**
 * "Did you mean": for a search term no page holds, the closest words the index does hold (glossary terms
 * first), from `/search-words.json`. Loaded only when a search leaves a term unmatched. Browser-only
 * except {@link findCloseWords}, which is pure.
 */
import { distance } from 'fastest-levenshtein';
import type { SuggestionOffer } from './search-render';
import { loadVocabulary, type Vocabulary } from './search-vocabulary';

/** How many corrections to offer for one word: enough to catch the intended one, few enough to scan. */
export const MAX_SUGGESTIONS = 3;

/**
 * The most edits a correction may undo: one per three letters, at least one. A swapped pair of letters
 * counts as two edits ("handel" for "handle"), so six letters must allow two; "nps" allows one.
 */
function allowedEdits(word: string): number {
  return Math.max(1, Math.floor(word.length / 3));
}

/**
 * Finds the indexed words closest to a word nothing matched, fewest edits first; words of glossary terms
 * win ties, then words as long as the typed one (a slip rarely adds or drops several letters).
 * @param word the unmatched search term, lower case
 * @param vocabulary what the index holds
 */
export function findCloseWords(word: string, vocabulary: Pick<Vocabulary, 'terms' | 'words'>): string[] {
  const termWords = new Set(vocabulary.terms.flatMap((term) => term.split(/\s+/)));
  const limit = allowedEdits(word);
  return [...new Set([...termWords, ...vocabulary.words])]
    .map((candidate) => ({ candidate, edits: distance(word, candidate) }))
    .filter(({ candidate, edits }) => edits > 0 && edits <= limit && candidate !== word)
    .sort(
      (a, b) =>
        a.edits - b.edits ||
        Number(termWords.has(b.candidate)) - Number(termWords.has(a.candidate)) ||
        Math.abs(a.candidate.length - word.length) - Math.abs(b.candidate.length - word.length) ||
        a.candidate.localeCompare(b.candidate),
    )
    .slice(0, MAX_SUGGESTIONS)
    .map(({ candidate }) => candidate);
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
