// onshi-navi service worker. scripts/post-build.mjs writes sw.js from this template at build
// time, filling in the build version and the list of every file of the build.
//
// - Install: precache every file of this build into a cache named after the build version.
//   The new worker then waits: the app asks the user (「新しいバージョンがあります」) and sends
//   'SKIP_WAITING' when they tap 更新, so old and new files never mix in one page.
// - Activate: delete the caches of older builds; take control of open pages.
// - Fetch (same origin, GET only): navigations to any route get the cached app shell; the
//   hashed files are served cache-first. Nothing else is intercepted.

const VERSION = '__BUILD_VERSION__';
const PRECACHE = ['__PRECACHE__'];
const CACHE = `onshi-navi-${VERSION}`;
const SHELL = './';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('onshi-navi-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith((async () => {
      const cache = await caches.open(CACHE);
      return (await cache.match(SHELL)) ?? fetch(request);
    })());
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    return (await cache.match(request, { ignoreSearch: true })) ?? fetch(request);
  })());
});
