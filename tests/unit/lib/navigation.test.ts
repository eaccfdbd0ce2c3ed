import { describe, expect, it } from 'vitest';
import { findNeighbours, selectTocHeadings, sortByOrder, TOC_MIN_SECTIONS } from '../../../src/lib/navigation';

const entry = (id: string, order: number) => ({ id, data: { order } });

describe('sortByOrder', () => {
  it('puts entries in reading order and breaks ties by id', () => {
    const sorted = sortByOrder([entry('c', 2), entry('b', 1), entry('a', 2)]);
    expect(sorted.map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('findNeighbours', () => {
  const path = [entry('one', 1), entry('two', 2), entry('three', 3)];

  it('finds the pages before and after', () => {
    const { previous, next } = findNeighbours(path, 'two');
    expect(previous?.id).toBe('one');
    expect(next?.id).toBe('three');
  });

  it('has no previous page at the start and no next page at the end', () => {
    expect(findNeighbours(path, 'one').previous).toBeUndefined();
    expect(findNeighbours(path, 'three').next).toBeUndefined();
  });

  it('finds nothing for an unknown page', () => {
    expect(findNeighbours(path, 'four')).toEqual({});
  });
});

describe('selectTocHeadings', () => {
  const h = (depth: number, text: string) => ({ depth, slug: text.toLowerCase(), text });

  it('keeps h2 and h3 headings of a long page', () => {
    const headings = [h(1, 'Title'), h(2, 'A'), h(3, 'A1'), h(4, 'A1a'), h(2, 'B'), h(2, 'C')];
    expect(selectTocHeadings(headings).map((x) => x.text)).toEqual(['A', 'A1', 'B', 'C']);
  });

  it('gives a short page no table of contents', () => {
    const headings = Array.from({ length: TOC_MIN_SECTIONS - 1 }, (_, i) => h(2, `S${i}`));
    expect(selectTocHeadings(headings)).toEqual([]);
  });
});
