import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Hosts that read a `_headers` file (Netlify, Cloudflare Pages) get the site's security headers from it.
 * `public/_headers` holds the fixed ones; the build adds the Content-Security-Policy, because its script
 * hashes change with every change to an inline script and a hand-kept copy would block the site's own code.
 */

/** The header file's name, at the root of the build. */
export const HEADERS_FILE = '_headers';

/**
 * Added to the page's own policy: a `<meta>` CSP cannot forbid framing (browsers ignore
 * `frame-ancestors` there), a header can. No page of the playbook is meant to be shown inside another site.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

const CSP_META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/**
 * Reads the Content-Security-Policy that Astro wrote into a page's `<meta>` tag.
 * @param html a built page
 * @returns the policy's directives, trimmed, in order; empty when the page has none
 */
export function readMetaPolicy(html: string): string[] {
  const content = CSP_META.exec(html)?.[1];
  if (content === undefined) return [];
  const decoded = content.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  return decoded
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/**
 * Builds the header value for a page's policy: its directives plus those only a header can carry.
 * @param directives from {@link readMetaPolicy}
 */
export function formatPolicyHeader(directives: string[]): string {
  return [...directives, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** One page's address (under the site's base path) and its policy header value. */
export interface PagePolicy {
  path: string;
  policy: string;
}

/**
 * Adds Content-Security-Policy lines to a `_headers` file. When every page carries the same policy (the
 * usual case: Astro lists every inline script's hash on every page) it goes into the `/*` rule; otherwise each
 * page gets a rule of its own.
 * @param headers the file's text from `public/_headers`; must have a `/*` rule
 * @param pages every built page with its policy
 */
export function addPolicyToHeaders(headers: string, pages: PagePolicy[]): string {
  const lines = headers.replace(/\s+$/, '').split('\n');
  const allRule = lines.findIndex((line) => line.trim() === '/*');
  if (allRule === -1) throw new Error(`${HEADERS_FILE} has no "/*" rule for the headers every page shares`);
  const policies = new Set(pages.map((page) => page.policy));
  if (policies.size === 1) {
    lines.splice(allRule + 1, 0, `  Content-Security-Policy: ${[...policies][0]}`);
    return `${lines.join('\n')}\n`;
  }
  const perPage = pages.flatMap((page) => ['', page.path, `  Content-Security-Policy: ${page.policy}`]);
  return `${[...lines, ...perPage].join('\n')}\n`;
}

function listHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/** The address a host serves a built HTML file at: `tools/index.html` → `/base/tools/`. */
function toPagePath(siteDir: string, file: string, base: string): string {
  const path = relative(siteDir, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
  return `${base}${path}`;
}

/**
 * Astro integration: after the build, writes the pages' Content-Security-Policy (plus `frame-ancestors
 * 'none'`) into the built `_headers` file.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'loyalty-playbook:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const headersFile = join(siteDir, HEADERS_FILE);
        if (!existsSync(headersFile)) throw new Error(`public/${HEADERS_FILE} is missing from the build`);
        const pages = listHtmlFiles(siteDir).map((file) => {
          const directives = readMetaPolicy(readFileSync(file, 'utf8'));
          if (directives.length === 0) throw new Error(`${file} has no Content-Security-Policy <meta> tag`);
          return { path: toPagePath(siteDir, file, base), policy: formatPolicyHeader(directives) };
        });
        const written = addPolicyToHeaders(readFileSync(headersFile, 'utf8'), pages);
        writeFileSync(headersFile, written);
        const rules = new Set(pages.map((page) => page.policy)).size === 1 ? 'one rule' : 'one rule per page';
        logger.info(`wrote the Content-Security-Policy of ${pages.length} pages into ${HEADERS_FILE} (${rules})`);
      },
    },
  };
}
