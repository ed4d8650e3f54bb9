import type { Page, Worker } from '@playwright/test';
import type { browser } from 'wxt/browser';

/**
 * Every IndexedDB database and object store of the calling origin, keys and values, as JSON.
 * Self-contained: Playwright serialises it into the service worker or the page.
 */
async function indexedDbDump(): Promise<string> {
  const replacer = (_key: string, value: unknown) =>
    value instanceof ArrayBuffer || ArrayBuffer.isView(value)
      ? new TextDecoder().decode(value as ArrayBuffer)
      : value instanceof Map || value instanceof Set
        ? [...value]
        : value;
  const settle = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const out: Record<string, unknown> = {};
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await settle(indexedDB.open(name));
    for (const store of Array.from(db.objectStoreNames)) {
      const objects = db.transaction(store, 'readonly').objectStore(store);
      out[`${name}/${store}`] = {
        keys: await settle(objects.getAllKeys()),
        values: await settle(objects.getAll()),
      };
    }
    db.close();
  }
  return JSON.stringify(out, replacer);
}

/** Web storage and Cache Storage of the calling origin, as JSON. */
async function webStorageDump(): Promise<string> {
  const cached: string[] = [];
  if (globalThis.caches) {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys())
        cached.push(request.url, (await (await cache.match(request))?.text()) ?? '');
    }
  }
  return JSON.stringify({ localStorage: { ...localStorage }, sessionStorage: { ...sessionStorage }, cached });
}

/**
 * Everything the extension has stored, as one string to search: its IndexedDB (all databases, all
 * stores), chrome.storage local/sync/session, and its origin's web storage and Cache Storage.
 */
export async function dumpExtensionStorage(background: Worker, extensionPage: Page): Promise<string> {
  const idb = await background.evaluate(indexedDbDump);
  const areas = await background.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof browser }).chrome;
    const out: Record<string, unknown> = {};
    for (const area of ['local', 'sync', 'session'] as const) out[area] = await c.storage[area].get(null);
    return JSON.stringify(out);
  });
  return idb + areas + (await extensionPage.evaluate(webStorageDump));
}

/** The website's own storage (main world): a content script must never write there. */
export async function dumpPageStorage(page: Page): Promise<string> {
  return (
    (await page.evaluate(indexedDbDump)) +
    (await page.evaluate(webStorageDump)) +
    (await page.evaluate(() => document.cookie))
  );
}
