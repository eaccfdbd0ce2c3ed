import { describe, expect, it } from 'vitest';
import { addPolicyToHeaders, formatPolicyHeader, readMetaPolicy } from '../../../src/integrations/security-headers';

const TEMPLATE = `# comment
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
`;

describe('readMetaPolicy', () => {
  it('reads the directives of the CSP meta tag Astro writes, whatever the spacing', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self';img-src 'self' data:; script-src 'self'  'sha256-abc=';"></head>`;
    expect(readMetaPolicy(html)).toEqual(["default-src 'self'", "img-src 'self' data:", "script-src 'self' 'sha256-abc='"]);
  });

  it('decodes quotes written as entities', () => {
    const html = `<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">`;
    expect(readMetaPolicy(html)).toEqual(["default-src 'self'"]);
  });

  it('finds nothing on a page without a policy', () => {
    expect(readMetaPolicy('<meta name="description" content="x">')).toEqual([]);
  });
});

describe('formatPolicyHeader', () => {
  it("adds frame-ancestors 'none', which a meta tag cannot carry", () => {
    expect(formatPolicyHeader(["default-src 'self'"])).toBe("default-src 'self'; frame-ancestors 'none'");
  });
});

describe('addPolicyToHeaders', () => {
  it('puts a policy every page shares into the "/*" rule', () => {
    const policy = "default-src 'self'; frame-ancestors 'none'";
    const written = addPolicyToHeaders(TEMPLATE, [
      { path: '/', policy },
      { path: '/tools/', policy },
    ]);
    expect(written).toBe(`# comment
/*
  Content-Security-Policy: ${policy}
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
`);
  });

  it('gives each page its own rule when the policies differ', () => {
    const written = addPolicyToHeaders(TEMPLATE, [
      { path: '/loyalty/', policy: 'a' },
      { path: '/loyalty/tools/', policy: 'b' },
    ]);
    expect(written.split('\n').slice(3)).toEqual(['  Referrer-Policy: no-referrer', '', '/loyalty/', '  Content-Security-Policy: a', '', '/loyalty/tools/', '  Content-Security-Policy: b', '']);
    expect(written).not.toMatch(/\/\*\n {2}Content-Security-Policy/);
  });

  it('refuses a header file without a rule for every page', () => {
    expect(() => addPolicyToHeaders('/tools/*\n  X-Frame-Options: DENY\n', [{ path: '/', policy: 'a' }])).toThrow(/"\/\*" rule/);
  });
});
