// Two builds of the app for the update test, made from dist/ without rebuilding: A is dist as it
// is; B differs as a real new build would — a renamed hashed file, a marker in index.html, and
// sw.js with a new version and precache list.
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
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

/** Serves `site` (a directory whose contents the test swaps) on `port`, once the port is free;
 *  fails, with what the server said, if it exits before serving. */
export async function serve(site, port) {
  await portFree(port);
  const server = spawn('node', [new URL('../../../scripts/serve.mjs', import.meta.url).pathname, site, String(port)], { stdio: 'pipe' });
  let said = '';
  return new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => { if (String(d).includes('serving')) resolve(server); });
    server.stderr.on('data', (d) => { said = (said + d).slice(-2000); });
    server.on('error', reject);
    server.on('exit', (code, signal) => reject(new Error(`the server of ${site} on port ${port} ended (${signal ?? code}) before serving: ${said.trim()}`)));
  });
}

/** Stops a server started by `serve` and resolves once its process has exited: its listening
 *  socket is closed then, so the port can be served again at once. */
export async function stop(server) {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = once(server, 'exit');
  server.kill();
  await exited;
}

/** Resolves once nothing listens on `port` (a server of an earlier test may still be ending),
 *  or fails after `ms` naming the port. */
async function portFree(port, ms = 10_000) {
  const end = Date.now() + ms;
  for (;;) {
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return;
    if (Date.now() > end) throw new Error(`port ${port} is still in use`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Replaces the served directory's contents with `from`'s. */
export async function publish(from, site) {
  await rm(site, { recursive: true, force: true });
  await cp(from, site, { recursive: true });
}
