import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GLOSSARY_ALPHABET,
  GLOSSARY_OTHER_INITIAL,
  convertToPlainText,
  indexByInitial,
  readGlossaryAnchor,
  readGlossaryEntries,
  readInitial,
} from '../../../src/components/content/glossary-entries';

const GLOSSARY_MDX = readFileSync(new URL('../../../content/pages/glossary.mdx', import.meta.url), 'utf8');

describe('readGlossaryEntries', () => {
  it('reads id, term, guide and a plain-text definition from each GlossaryTerm', () => {
    const mdx = `
<dl>
  <GlossaryTerm id="trust-bank" term="Trust bank" guide="loyalty-equation">A balance. Builds [credibility](#credibility).</GlossaryTerm>
  <GlossaryTerm id="trust-equation" term="Trust equation" guide="loyalty-equation">From <cite>The Trusted Advisor</cite> (2000): **trust** over *self-orientation*.</GlossaryTerm>
</dl>`;
    expect(readGlossaryEntries(mdx)).toEqual([
      { id: 'trust-bank', term: 'Trust bank', guide: 'loyalty-equation', definition: 'A balance. Builds credibility.' },
      {
        id: 'trust-equation',
        term: 'Trust equation',
        guide: 'loyalty-equation',
        definition: 'From The Trusted Advisor (2000): trust over self-orientation.',
      },
    ]);
  });

  it('stops the build on a term without its id or definition', () => {
    expect(() => readGlossaryEntries('<GlossaryTerm term="Orphan" guide="x">Text</GlossaryTerm>')).toThrow(/Orphan/);
    expect(() => readGlossaryEntries('<GlossaryTerm id="empty" term="Empty" guide="x"> </GlossaryTerm>')).toThrow(/Empty/);
  });

  it('reads every term of the real glossary, each with a definition free of markup', () => {
    const entries = readGlossaryEntries(GLOSSARY_MDX);
    expect(entries).toHaveLength(GLOSSARY_MDX.match(/<GlossaryTerm\b/g)!.length);
    expect(entries.length).toBeGreaterThan(10);
    for (const { id, definition } of entries) {
      expect(definition, id).not.toMatch(/[[\]<>*_{}`]|\]\(|&[a-z]+;/);
      expect(definition.split(' ').length, id).toBeGreaterThan(8);
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });
});

describe('convertToPlainText', () => {
  it('keeps the words of links and folds line breaks into spaces', () => {
    expect(convertToPlainText('Between [adequate service](#adequate-service)\n  and [desired](#desired-service).')).toBe(
      'Between adequate service and desired.',
    );
  });
});

describe('readInitial', () => {
  it('files a term under its first letter, accents dropped, and anything else under #', () => {
    expect(readInitial('zone of tolerance')).toBe('Z');
    expect(readInitial('Élan')).toBe('E');
    expect(readInitial('80/20 rule')).toBe(GLOSSARY_OTHER_INITIAL);
  });
});

describe('indexByInitial', () => {
  const entry = (id: string, term: string) => ({ id, term, guide: 'g', definition: 'd' });

  it('links each letter to its first term in glossary order and leaves the others unlinked', () => {
    const index = indexByInitial([entry('advocate', 'Advocate'), entry('adequate', 'Adequate service'), entry('core', 'Core value')]);
    expect(index.map((i) => i.letter)).toEqual(GLOSSARY_ALPHABET);
    expect(index.find((i) => i.letter === 'A')?.id).toBe('advocate');
    expect(index.find((i) => i.letter === 'C')?.id).toBe('core');
    expect(index.filter((i) => i.id !== undefined)).toHaveLength(2);
  });

  it('adds # after Z only when a term starts with something other than a letter', () => {
    expect(indexByInitial([entry('rule', '80/20 rule')]).at(-1)).toEqual({ letter: GLOSSARY_OTHER_INITIAL, id: 'rule' });
  });

  it('gives every term of the real glossary a linked letter', () => {
    const entries = readGlossaryEntries(GLOSSARY_MDX);
    const index = indexByInitial(entries);
    for (const { term } of entries) expect(index.find((i) => i.letter === readInitial(term))?.id, term).toBeDefined();
  });
});

describe('readGlossaryAnchor', () => {
  it('finds the term of a glossary link written from any page', () => {
    expect(readGlossaryAnchor('../glossary/#stickiness')).toBe('stickiness');
    expect(readGlossaryAnchor('/loyalty/playbook/glossary/#trust-bank')).toBe('trust-bank');
  });

  it('ignores links that go anywhere else', () => {
    expect(readGlossaryAnchor('../glossary/')).toBeUndefined();
    expect(readGlossaryAnchor('../loyalty-ladder/#glossary')).toBeUndefined();
    expect(readGlossaryAnchor('#zone-of-tolerance')).toBeUndefined();
    expect(readGlossaryAnchor('https://example.org/myglossary/#x')).toBeUndefined();
  });
});
