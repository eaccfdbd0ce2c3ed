import { describe, expect, it } from 'vitest';
import { ISLAND_STYLE_ELEMENT, moveIslandStyleToHead } from '../../../src/integrations/island-style-in-head';

const page = (head: string, body: string) => `<!DOCTYPE html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('moveIslandStyleToHead', () => {
  it('moves the island style from before the first island to the end of the head', () => {
    const island = '<astro-island uid="a"></astro-island>';
    const html = page('', `<p>Intro</p>${ISLAND_STYLE_ELEMENT}<script>x</script>${island}`);
    expect(moveIslandStyleToHead(html)).toBe(page(ISLAND_STYLE_ELEMENT, `<p>Intro</p><script>x</script>${island}`));
  });

  it('leaves pages without islands, or with the style already in the head, as they are', () => {
    const plain = page('', '<p>No islands</p>');
    const done = page(ISLAND_STYLE_ELEMENT, '<astro-island></astro-island>');
    expect(moveIslandStyleToHead(plain)).toBe(plain);
    expect(moveIslandStyleToHead(done)).toBe(done);
  });

  it('keeps one copy when a page repeats the style', () => {
    const html = page('', `${ISLAND_STYLE_ELEMENT}<astro-island></astro-island><div>${ISLAND_STYLE_ELEMENT}</div>`);
    expect(moveIslandStyleToHead(html).split(ISLAND_STYLE_ELEMENT)).toHaveLength(2);
  });
});
