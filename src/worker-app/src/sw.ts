/**
 * Service worker of the worker app (scope /help/), so that a worker who visited once can read offline.
 * - install: precache the app shell (the build writes the hashed asset list into this file);
 * - pages (navigations) and published/manifest.json: network first, cache as fallback (after a short
 *   timeout, because a weak signal in a forest is worse than no signal);
 * - published/content/<id>/<lang>.json: cache first (immutable); once a newer id is cached, older ids go;
 * - other files under /help/: cache first.
 * Nothing is sent anywhere; only GET requests for the app's own files are handled.
 */

// Minimal service-worker types: the root tsconfig uses the DOM library, which lacks them.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface ServiceWorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  location: Location;
}

const sw = self as unknown as ServiceWorkerScope;

/** Replaced at build time by vite.worker.config.ts. */
const VERSION = '__SILTA_VERSION__';
const ASSETS_JSON = '__SILTA_ASSETS__';

const SCOPE = '/help/';
const SHELL_CACHE = `silta-shell-${VERSION}`;
const DATA_CACHE = 'silta-data';
const MANIFEST_PATH = `${SCOPE}published/manifest.json`;
const CONTENT_PATH = `${SCOPE}published/content/`;
const NETWORK_TIMEOUT_MS = 4000;

function precacheList(): string[] {
  return ASSETS_JSON.startsWith('[') ? (JSON.parse(ASSETS_JSON) as string[]) : [SCOPE];
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(precacheList().map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('silta-shell-') && k !== SHELL_CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || !url.pathname.startsWith(SCOPE)) return;

  if (request.mode === 'navigate') {
    event.respondWith(
      networkFirst(request, SHELL_CACHE, url.pathname === SCOPE ? SCOPE : request.url, SCOPE),
    );
  } else if (url.pathname === MANIFEST_PATH) {
    event.respondWith(networkFirst(request, DATA_CACHE, MANIFEST_PATH));
  } else if (url.pathname.startsWith(CONTENT_PATH)) {
    event.respondWith(contentFile(request, url));
  } else {
    event.respondWith(cacheFirst(request, SHELL_CACHE));
  }
});

/**
 * The page asks to keep the files it loaded before this worker controlled it (the first visit), so that
 * the very next visit works offline: { type: 'cache', urls: [manifest, content file] }.
 */
sw.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; urls?: unknown } | null;
  if (data?.type !== 'cache' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u): u is string => typeof u === 'string');
  event.waitUntil(Promise.all(urls.map((u) => keep(u).catch(() => undefined))));
});

async function keep(href: string): Promise<void> {
  const url = new URL(href, sw.location.origin);
  if (url.origin !== sw.location.origin) return;
  const request = new Request(url.href, { credentials: 'omit' });
  if (url.pathname === MANIFEST_PATH) {
    const response = await fetch(request);
    if (response.ok) await (await caches.open(DATA_CACHE)).put(MANIFEST_PATH, response);
  } else if (url.pathname.startsWith(CONTENT_PATH)) {
    await contentFile(request, url);
  }
}

async function networkFirst(
  request: Request,
  cacheName: string,
  key: string,
  fallbackKey?: string,
): Promise<Response> {
  const cache = await caches.open(cacheName);
  const network = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(key, response.clone());
    return response;
  });
  const cached = async () =>
    (await cache.match(key, { ignoreSearch: true })) ??
    (fallbackKey ? await caches.match(fallbackKey, { ignoreSearch: true }) : undefined);
  try {
    return await withTimeout(network, NETWORK_TIMEOUT_MS);
  } catch {
    const hit = await cached();
    if (hit) return hit;
    return network.catch(() => Response.error());
  }
}

async function cacheFirst(request: Request, cacheName: string): Promise<Response> {
  const hit = await caches.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(cacheName)).put(request, response.clone());
  return response;
}

/** Content files are immutable: cache first; when a newer publication's file arrives, drop older ones. */
async function contentFile(request: Request, url: URL): Promise<Response> {
  const cache = await caches.open(DATA_CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    const id = url.pathname.slice(CONTENT_PATH.length).split('/')[0];
    for (const old of await cache.keys()) {
      const path = new URL(old.url).pathname;
      if (path.startsWith(CONTENT_PATH) && !path.startsWith(`${CONTENT_PATH}${id}/`)) await cache.delete(old);
    }
  }
  return response;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
