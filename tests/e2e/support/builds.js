// Two builds of the app for the update test, made from dist/ without rebuilding: A is dist as it
// is; B differs as a real new build would — a renamed hashed file, a marker in index.html, and
// sw.js with a new version and precache list.
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const dist = new URL('../../../dist/', import.meta.url).pathname;

export async function makeBuilds(dir) {
  const a = join(dir, 'a');
  const b = join(dir, 'b');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(dist, a, { recursive: true });
  await cp(dist, b, { recursive: true });
  // Trunk's hashes are hex without leading zeros (so not always 16 digits).
  const css = (await readdir(b)).find((f) => /^app-[0-9a-f]+\.css$/.test(f));
  const renamed = 'app-b0b0b0b0b0b0b0b0.css';
  await rename(join(b, css), join(b, renamed));
  let index = await readFile(join(b, 'index.html'), 'utf8');
  index = index.replace(css, renamed).replace('<title>', '<meta name="build" content="B">\n  <title>');
  await writeFile(join(b, 'index.html'), index);
  let sw = await readFile(join(b, 'sw.js'), 'utf8');
  sw = sw.replace(css, renamed).replace(/const VERSION = "[0-9a-f]+";/, 'const VERSION = "b-build-version";');
  await writeFile(join(b, 'sw.js'), sw);
  return { a, b };
}

/** Serves `site` (a directory whose contents the test swaps) on `port`. */
export function serve(site, port) {
  const server = spawn('node', [new URL('../../../scripts/serve.mjs', import.meta.url).pathname, site, String(port)], { stdio: 'pipe' });
  return new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => { if (String(d).includes('serving')) resolve(server); });
    server.on('error', reject);
  });
}

/** Replaces the served directory's contents with `from`'s. */
export async function publish(from, site) {
  await rm(site, { recursive: true, force: true });
  await cp(from, site, { recursive: true });
}
