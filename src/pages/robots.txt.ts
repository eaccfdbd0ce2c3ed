import type { APIRoute } from 'astro';
import { withBase } from '../lib/url';

/**
 * Lets every crawler in and points it to the sitemap. The Sitemap line must be an absolute URL, so a
 * build without `SITE_URL` (which writes no sitemap) leaves it out.
 */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL(withBase(import.meta.env.BASE_URL, 'sitemap-index.xml'), site).href}`);
  return new Response(`${lines.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
