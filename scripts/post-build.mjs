// Trunk post_build hook (see Trunk.toml): runs on the staged build in $TRUNK_STAGING_DIR.
//  0. Minifies the JS glue and the CSS with esbuild (installed by scripts/tools.sh), and puts
//     their new hashes in index.html's integrity attributes. Trunk 0.21's own JS minifier fails
//     on current wasm-bindgen output and copies it unchanged.
//  1. Writes sw.js from public/sw.template.js: the list of every file of this build to precache,
//     and a build version derived from their contents (a new build → a new cache).
//  2. Adds the Content-Security-Policy meta tag to index.html, allowing Trunk's inline bootstrap
//     script by its hash (never 'unsafe-inline').
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run through `trunk build`');
const root = new URL('..', import.meta.url).pathname;

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await files(path));
    else out.push(path);
  }
  return out;
}

const sha = (alg, data) => createHash(alg).update(data).digest();

const indexPath = join(staging, 'index.html');
let index = await readFile(indexPath, 'utf8');

// 0. Minify, then fix the integrity hashes (sha384, as Trunk writes them).
const esbuild = createRequire(join(root, '.tools', 'node_modules', 'x.js'))('esbuild');
let saved = 0;
for (const file of (await files(staging)).filter((f) => /\.(js|css)$/.test(f) && !f.endsWith(`${sep}sw.js`))) {
  const before = await readFile(file, 'utf8');
  const loader = file.endsWith('.css') ? 'css' : 'js';
  const { code } = esbuild.transformSync(before, { loader, minify: true, ...(loader === 'js' ? { format: 'esm' } : {}) });
  await writeFile(file, code);
  saved += before.length - code.length;
  const name = basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const integrity = `sha384-${sha('sha384', code).toString('base64')}`;
  index = index.replace(new RegExp(`(href="/${name}"[^>]*integrity=")[^"]*(")`, 'g'), `$1${integrity}$2`);
}

// 1. Content-Security-Policy (before the worker, so the version covers the final index.html).
const inline = [...index.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${sha('sha256', body).toString('base64')}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
index = index.replace(/<meta charset="utf-8">/i, (m) => `${m}\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
if (!index.includes('Content-Security-Policy')) throw new Error('index.html has no <meta charset="utf-8"> to put the CSP after');
await writeFile(indexPath, index);

// 2. The service worker.
const built = (await files(staging)).filter((f) => !f.endsWith(`${sep}sw.js`)).sort();
const version = createHash('sha256');
const urls = [];
for (const file of built) {
  const path = relative(staging, file).split(sep).join('/');
  version.update(path).update(sha('sha256', await readFile(file)));
  // The shell is cached as the scope's root ('./'): servers may redirect /index.html.
  urls.push(path === 'index.html' ? './' : `./${path}`);
}
const template = await readFile(join(root, 'public', 'sw.template.js'), 'utf8');
const worker = template
  .replace("'__BUILD_VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
  .replace("['__PRECACHE__']", JSON.stringify(urls, null, 2));
await writeFile(join(staging, 'sw.js'), worker);
console.log(`post-build: minified JS and CSS (${saved} bytes less); CSP with ${hashes.length} script hash(es); sw.js precaches ${urls.length} files`);
