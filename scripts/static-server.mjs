// Serves a built site folder on a loopback port, mounted under the site's base path, the way a static
// host would: directories answer with index.html, unknown paths with 404.html and status 404.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * Starts a server.
 * @param {{ dir: string, base?: string, port?: number, live?: boolean }} options folder to serve, base path,
 *   port (0 = any free one), and whether to read files on every request (a test that deploys a change while
 *   serving; otherwise the file list and sizes are read once at start)
 * @returns {Promise<{ origin: string, url: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ dir, base = '/', port = 0, live = false }) {
  const serve = sirv(dir, { dev: live, etag: true });
  const notFoundPage = join(dir, '404.html');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) return notFound(res);
    req.url = `/${url.pathname.slice(base.length)}${url.search}`;
    serve(req, res, () => notFound(res));
  });
  function notFound(res) {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
  }
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
