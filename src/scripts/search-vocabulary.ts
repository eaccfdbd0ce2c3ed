/**
 * Loads `/search-words.json` (the indexed words, glossary terms and the page explaining each) once, on
 * the first search that needs it. Browser-only.
 */
import type { Definition } from '../lib/search-results';
import { withBase } from '../lib/url';

/** The vocabulary `/search-words.json` serves. */
export interface Vocabulary {
  /** Glossary terms, lower case ("zone of tolerance"). */
  terms: string[];
  /** Each glossary term with the guidance page that explains it. */
  definitions: Definition[];
  /** Every indexed word, lower case. */
  words: string[];
}

let vocabulary: Promise<Vocabulary> | undefined;

/** Fetches the vocabulary, once; a failed fetch is tried again next time (the reader may be back online). */
export function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetch(withBase(import.meta.env.BASE_URL, 'search-words.json')).then((response) => {
    if (!response.ok) throw new Error(`search-words.json: ${response.status}`);
    return response.json() as Promise<Vocabulary>;
  });
  vocabulary.catch(() => (vocabulary = undefined));
  return vocabulary;
}
