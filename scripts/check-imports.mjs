// Fails when the crate's imports run in a circle, or up the layers.
//
// Reads every `src/**/*.rs` as text: each `use` tree and each `crate::…`/`super::…` path in the
// code names a module, and so a file. Test modules (`#[cfg(test)] mod …` to the end of the file,
// and files declared under a test cfg) are left out: tests may reach anywhere. Then:
//   - a circle (files that reach each other through their imports) fails, naming its files and
//     what ties them;
//   - an import up the layers fails: model (pure, no browser) ← the browser adapters (storage, sync,
//     state, navigation, browser, slices, pwa) ← components ← pages ← app ← the crate root.
// Run: `node scripts/check-imports.mjs` (the test command runs it first). `--print` lists the
// edges it read.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');

/** Every .rs file under a folder. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.rs') ? [path] : [];
  });
}

/** The module path of a file: src/model/json.rs → model::json; src/model/mod.rs → model. */
function modulePath(file) {
  const parts = relative(src, file).replace(/\.rs$/, '').split('/');
  if (parts.at(-1) === 'mod' || parts.at(-1) === 'lib') parts.pop();
  return parts;
}

/** The code without comments, string literals, and the test modules at its end. */
function code(text) {
  const noComments = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\/\/.*$/gm, '');
  const test = noComments.search(/^#\[cfg\([^\]]*\btest\b[^\]]*\)\]\s*\n\s*(pub(\([^)]*\))?\s+)?mod\s+\w+\s*\{/m);
  return test === -1 ? noComments : noComments.slice(0, test);
}

/** The paths a `use` tree stands for: `crate::a::{b::C, d}` → [crate::a::b::C, crate::a::d]. */
function expand(tree) {
  tree = tree.replace(/\s+/g, '');
  const open = tree.indexOf('{');
  if (open === -1) return [tree.replace(/\bas\w+$/, '')];
  const prefix = tree.slice(0, open);
  const inner = tree.slice(open + 1, tree.lastIndexOf('}'));
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= inner.length; i++) {
    const c = inner[i];
    if (c === '{') depth++;
    if (c === '}') depth--;
    if ((c === ',' && depth === 0) || i === inner.length) {
      const part = inner.slice(start, i);
      if (part) parts.push(part);
      start = i + 1;
    }
  }
  return parts.flatMap((part) => expand(part === 'self' ? prefix.replace(/::$/, '') : prefix + part));
}

const all = files(src).filter((f) => !f.endsWith('/main.rs'));
const byModule = new Map(all.map((f) => [modulePath(f).join('::'), f]));

// Files declared under a test cfg (`#[cfg(all(test, …))] mod fuzz_tests;`) are tests.
const testOnly = new Set();
for (const file of all) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^#\[cfg\([^\]]*\btest\b[^\]]*\)\]\s*\n\s*(?:pub\s+)?mod\s+(\w+)\s*;/gm)) {
    testOnly.add([...modulePath(file), m[1]].join('::'));
  }
}

/** The file a path names: the longest prefix that is a module. */
function fileOf(segments) {
  for (let n = segments.length; n > 0; n--) {
    const file = byModule.get(segments.slice(0, n).join('::'));
    if (file) return file;
  }
  return null;
}

/** Resolves `crate::…`, `super::…` and `self::…` against the module `here` (a file's own module:
 *  src/model/json.rs is model::json, src/model/mod.rs is model). */
function resolve(path, here) {
  const segments = path.split('::').filter(Boolean);
  const base = { crate: [], super: here.slice(0, -1), self: here }[segments[0]];
  if (!base) return null;
  let rest = segments.slice(1);
  let up = base;
  while (rest[0] === 'super') {
    up = up.slice(0, -1);
    rest = rest.slice(1);
  }
  return fileOf([...up, ...rest]);
}

const edges = new Map(); // file → Map(file → Set(names))
for (const file of all) {
  const here = modulePath(file);
  if (testOnly.has(here.join('::'))) continue;
  const body = code(readFileSync(file, 'utf8'));
  const paths = [];
  for (const m of body.matchAll(/\buse\s+([^;]+);/g)) paths.push(...expand(m[1]));
  for (const m of body.matchAll(/\b(?:crate|super|self)(?:::\w+)+/g)) paths.push(m[0]);
  for (const path of paths) {
    const target = resolve(path, here);
    if (!target || target === file || testOnly.has(modulePath(target).join('::'))) continue;
    if (!edges.has(file)) edges.set(file, new Map());
    const names = edges.get(file).get(target) ?? new Set();
    names.add(path.split('::').at(-1));
    edges.get(file).set(target, names);
  }
}

const rel = (f) => relative(root, f);

if (process.argv.includes('--print')) {
  for (const [from, tos] of edges) for (const [to, names] of tos) console.log(`${rel(from)} -> ${rel(to)}: ${[...names].join(', ')}`);
}

// Layers, from the bottom: a file may import its own layer and those below it.
function layer(file) {
  const [top] = modulePath(file);
  if (top === 'model') return 0;
  if (['storage', 'sync', 'state', 'navigation', 'browser', 'slices', 'pwa'].includes(top)) return 1;
  if (top === 'components') return 2;
  if (top === 'pages') return 3;
  if (top === 'app') return 4;
  return 5;
}
const LAYER_NAMES = ['model', 'browser adapters', 'components', 'pages', 'app', 'crate root'];

const problems = [];
for (const [from, tos] of edges) {
  for (const [to, names] of tos) {
    if (layer(to) > layer(from)) {
      problems.push(`${rel(from)} (${LAYER_NAMES[layer(from)]}) imports ${rel(to)} (${LAYER_NAMES[layer(to)]}): ${[...names].join(', ')}`);
    }
  }
}

// Circles: Tarjan's strongly connected components.
let index = 0;
const indexOf = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const circles = [];
function visit(v) {
  indexOf.set(v, index);
  low.set(v, index);
  index++;
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!indexOf.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) {
      low.set(v, Math.min(low.get(v), indexOf.get(w)));
    }
  }
  if (low.get(v) === indexOf.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) circles.push(component);
  }
}
for (const file of all) if (!indexOf.has(file)) visit(file);

for (const circle of circles) {
  const members = new Set(circle);
  const ties = [];
  for (const from of circle) {
    for (const [to, names] of edges.get(from) ?? []) {
      if (members.has(to)) ties.push(`    ${rel(from)} -> ${rel(to)}: ${[...names].join(', ')}`);
    }
  }
  problems.push(`imports run in a circle through ${circle.length} files:\n${ties.sort().join('\n')}`);
}

const count = [...edges.values()].reduce((n, tos) => n + tos.size, 0);
if (problems.length) {
  console.error(`check-imports: ${problems.length} problem(s) in ${all.length} files, ${count} imports:\n`);
  for (const p of problems) console.error(`- ${p}\n`);
  process.exit(1);
}
console.log(`check-imports: ${all.length} files, ${count} imports between them, no circle, none up the layers`);
