// Serves a built app directory the way a host should (see README: 公開する方へ):
//   - any path without a file extension gets index.html (each screen has its own URL);
//   - index.html, the service worker and the manifest with `Cache-Control: no-cache`, so a new
//     build is seen at once; hashed files as immutable;
//   - correct MIME types (application/wasm for streaming compilation);
//   - text and WebAssembly compressed (brotli, else gzip, as the browser accepts): the app's
//     first visit is about a third of its raw size this way, as on any real host.
// Plain Node, no dependencies. Usage: node scripts/serve.mjs [dir] [port] [host]

import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 8080);
const host = process.argv[4] ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);
// Compressed bodies by encoding, path and modification time (brotli -q 11 is slow; do it once).
const compressed = new Map();
function encode(encoding, path, mtime, body) {
  const key = `${encoding} ${path} ${mtime}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 9 }));
  }
  return compressed.get(key);
}

const noCache = new Set(['/index.html', '/sw.js', '/manifest.webmanifest']);

const server = createServer(async (req, res) => {
  try {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    if (!extname(path)) path = '/index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
    let body = await readFile(file);
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = !compressible.has(extname(path)) ? null
      : /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    if (encoding) body = encode(encoding, path, info.mtimeMs, body);
    // Trunk's hashes are hex without leading zeros, so up to 16 digits.
    const hashed = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(path);
    res.writeHead(200, {
      'Content-Type': types[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': noCache.has(path) ? 'no-cache' : hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Vary': 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (e) {
    res.writeHead(e.code === 'ENOENT' ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(e.code === 'ENOENT' ? 'Not found' : 'Server error');
  }
});

// Compress every file before listening, as a host serving precompressed files would: the first
// request for the WebAssembly must not wait seconds for brotli -q 11.
for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
  const file = join(entry.parentPath ?? entry.path, entry.name);
  if (!entry.isFile() || !compressible.has(extname(file))) continue;
  const path = '/' + file.slice(root.length + 1).split('\\').join('/');
  const [body, info] = await Promise.all([readFile(file), stat(file)]);
  for (const encoding of ['br', 'gzip']) encode(encoding, path, info.mtimeMs, body);
}
server.listen(port, host, () => console.log(`onshi-navi: serving ${root} at http://${host}:${port}/`));
