import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running static server for the built app. */
export interface StaticServer {
  url: string;
  /** Every path requested so far (for tests that check what was fetched). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves a built app the way a static host does: files as they are, and index.html for
 * any other path under `base` (a single-page app's fallback), so deep links work.
 */
export async function startStaticServer(root: string, options: { port?: number; base?: string } = {}): Promise<StaticServer> {
  const base = options.base ?? '/';
  const rootDir = resolve(root);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      requests.push(url.pathname);
      if (!url.pathname.startsWith(base)) {
        res.writeHead(404).end('Not found');
        return;
      }
      const relative = decodeURIComponent(url.pathname.slice(base.length));
      const file = normalize(join(rootDir, relative));
      if (!file.startsWith(rootDir)) {
        res.writeHead(403).end();
        return;
      }
      const target = (await isFile(file)) ? file : join(rootDir, 'index.html');
      const type = types[extname(target)] ?? 'application/octet-stream';
      // Compressed as any real host does, so what the network carries (and the bench's slow
      // network takes time over) is what a phone would get.
      const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = gzip ? await compressed(target) : await readFile(target);
      res.writeHead(200, {
        'content-type': type,
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        // A real host would cache hashed assets; tests want every request to reach us.
        'cache-control': 'no-cache',
      });
      res.end(body);
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}${base}`,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|wasm)|image\/svg)/;
const gzipped = new Map<string, Buffer>();

// Kept per version of the file (a test may deploy a new version in place).
async function compressed(path: string): Promise<Buffer> {
  const { mtimeMs, size } = await stat(path);
  const key = `${path}|${mtimeMs}|${size}`;
  let body = gzipped.get(key);
  if (!body) {
    body = gzipSync(await readFile(path));
    gzipped.set(key, body);
  }
  return body;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
