/**
 * Reads the glossary's terms from its one source, `content/pages/glossary.mdx`, where each term is a
 * `<GlossaryTerm id term guide>definition</GlossaryTerm>` element. The glossary page renders that file;
 * other pages use these entries for the glossary's A–Z index and for the definitions shown beside glossary
 * links in the text, so no definition is ever written twice.
 */
import removeMarkdown from 'remove-markdown';

/** One term of the glossary. */
export interface GlossaryEntry {
  /** The term's anchor on the glossary page, for example `zone-of-tolerance`. */
  id: string;
  /** The term as the glossary writes it, for example "Zone of tolerance". */
  term: string;
  /** The guidance page (id in the `playbook` collection) that explains the term. */
  guide: string;
  /** The definition as plain text: links keep their words, markup goes. */
  definition: string;
}

/** One letter of the A–Z index and the first term filed under it, if any. */
export interface GlossaryInitial {
  letter: string;
  /** Anchor of the first term (in glossary order) under this letter; undefined when none starts with it. */
  id: string | undefined;
}

/** The letters of the index, in order. */
export const GLOSSARY_ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** Where terms that start with anything but A–Z (a digit, a symbol) are filed, after Z. */
export const GLOSSARY_OTHER_INITIAL = '#';

const TERM_ELEMENT = /<GlossaryTerm\b([^>]*)>([\s\S]*?)<\/GlossaryTerm>/g;
const ATTRIBUTE = /([A-Za-z]+)="([^"]*)"/g;

/**
 * Lists the glossary's terms in the order the glossary gives them.
 * @param mdx the glossary's MDX body
 * @throws when a term lacks its `id`, `term` or `guide`, or has no definition, so the build stops
 */
export function readGlossaryEntries(mdx: string): GlossaryEntry[] {
  return [...mdx.matchAll(TERM_ELEMENT)].map(([element, attributeText, body]) => {
    const attributes: Record<string, string | undefined> = Object.fromEntries(
      [...attributeText!.matchAll(ATTRIBUTE)].map(([, name, value]): [string, string] => [name!, value!]),
    );
    const { id, term, guide } = attributes;
    const definition = convertToPlainText(body!);
    if (!id || !term || !guide || !definition) {
      throw new Error(`Glossary term without id, term, guide or definition: ${element.slice(0, 120)}`);
    }
    return { id, term, guide, definition };
  });
}

/**
 * Turns a definition's Markdown and inline HTML (links, `<cite>`, emphasis) into the plain text a tooltip shows.
 * @param markdown for example `The band between [adequate service](#adequate-service) and …`
 */
export function convertToPlainText(markdown: string): string {
  return removeMarkdown(markdown).replace(/\s+/g, ' ').trim();
}

/**
 * Files a term under the capital letter it starts with, accents dropped ("Élan" under E), or under
 * GLOSSARY_OTHER_INITIAL.
 * @param term for example "Zone of tolerance"
 */
export function readInitial(term: string): string {
  const letter = term.normalize('NFKD').charAt(0).toUpperCase();
  return GLOSSARY_ALPHABET.includes(letter) ? letter : GLOSSARY_OTHER_INITIAL;
}

/**
 * Builds the A–Z index: every letter, each with the anchor of its first term or none, plus the
 * GLOSSARY_OTHER_INITIAL entry when some term starts with something else.
 * @param entries the glossary's terms, in glossary order
 */
export function indexByInitial(entries: readonly GlossaryEntry[]): GlossaryInitial[] {
  const firstByInitial = new Map<string, string>();
  for (const entry of entries) {
    const initial = readInitial(entry.term);
    if (!firstByInitial.has(initial)) firstByInitial.set(initial, entry.id);
  }
  const letters = firstByInitial.has(GLOSSARY_OTHER_INITIAL) ? [...GLOSSARY_ALPHABET, GLOSSARY_OTHER_INITIAL] : GLOSSARY_ALPHABET;
  return letters.map((letter) => ({ letter, id: firstByInitial.get(letter) }));
}

/**
 * Reads the anchor a link to the glossary points at, whatever the page it sits on: `../glossary/#stickiness`,
 * `/loyalty/playbook/glossary/#stickiness`.
 * @param href the link's href as written
 * @returns the term's id, or undefined when the link goes anywhere else
 */
export function readGlossaryAnchor(href: string): string | undefined {
  return /(?:^|\/)glossary\/#([^#/?]+)$/.exec(href)?.[1];
}
