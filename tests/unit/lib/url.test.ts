import { describe, expect, it } from 'vitest';
import { isSamePage, withBase } from '../../../src/lib/url';

describe('withBase', () => {
  it('prefixes a path with the root base', () => {
    expect(withBase('/', 'tools/')).toBe('/tools/');
  });

  it('prefixes a path with a sub-folder base, whatever the slashes', () => {
    expect(withBase('/loyalty/', '/tools/')).toBe('/loyalty/tools/');
    expect(withBase('/loyalty', 'favicon.svg')).toBe('/loyalty/favicon.svg');
  });
});

describe('isSamePage', () => {
  it('treats a missing trailing slash as the same page', () => {
    expect(isSamePage('/playbook/loyalty-ladder', '/playbook/loyalty-ladder/')).toBe(true);
    expect(isSamePage('/', '')).toBe(true);
  });

  it('tells different pages apart', () => {
    expect(isSamePage('/tools/', '/tools/ladder-quiz/')).toBe(false);
  });
});
