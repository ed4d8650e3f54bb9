// Private by construction, proven: a whole session with the production build while every request of
// the extension's pages, service worker and content scripts is recorded; none may leave the browser.
// Afterwards nothing the user typed (or received) may be found in any storage the extension can write.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Request, Worker } from '@playwright/test';
import { chromium } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { expect, extensionDir, serviceWorkerOf, test } from './harness';
import { networkRequestsByInitiator } from './netlog';
import { dumpExtensionStorage, dumpPageStorage } from './privacy-storage';
import { saveScreenshot } from './screenshots';
import {
  clickSend,
  composerText,
  openSite,
  pressSend,
  receiveMessage,
  type SiteId,
  sentMessages,
  siteIds,
  sites,
  typeInComposer,
} from './sites';

test.setTimeout(180_000);

/** Distinctive made-up words: if one turns up in storage, typed text was kept. */
const word = () => `zq${randomBytes(5).toString('hex')}`;

interface Recorded {
  url: string;
  origin: 'service worker' | 'page';
  from: string;
  type: string;
}

/** Records every request in the context, including the extension's service worker (Chromium). */
function recordRequests(context: BrowserContext): Recorded[] {
  const log: Recorded[] = [];
  const note = (request: Request) => {
    const worker = request.serviceWorker();
    let from = worker?.url() ?? '';
    if (!worker) {
      try {
        from = request.frame().url();
      } catch {
        from = '(no frame)';
      }
    }
    log.push({
      url: request.url(),
      origin: worker ? 'service worker' : 'page',
      from,
      type: request.resourceType(),
    });
  };
  context.on('request', note);
  context.on('page', (page) =>
    page.on('websocket', (ws) =>
      log.push({ url: ws.url(), origin: 'page', from: page.url(), type: 'websocket' }),
    ),
  );
  return log;
}

const CANARY = 'https://rekindle-privacy-canary.invalid/';

async function extensionPages(background: Worker): Promise<string[]> {
  return background.evaluate(() => {
    const c = (globalThis as unknown as { chrome: typeof browser }).chrome;
    const m = c.runtime.getManifest();
    const pages = [m.action?.default_popup, m.options_ui?.page ?? m.options_page, 'welcome.html'];
    return [
      ...new Set(pages.filter((p): p is string => !!p).map((p) => c.runtime.getURL(p as '/welcome.html'))),
    ];
  });
}

/** Tabs of the extension's own pages; each one is clicked through lightly like a user would. */
async function visitExtensionPages(context: BrowserContext, urls: string[]): Promise<Page[]> {
  const pages: Page[] = [];
  for (const url of urls) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    // Tick the first checkbox (the stage checklist) and untick it: state changes hit storage.
    const box = page.getByRole('checkbox').first();
    if (await box.count()) {
      await box.click();
      await box.click();
    }
    pages.push(page);
  }
  return pages;
}

const held = (page: Page) => page.getByRole('alertdialog');

test('a whole session sends nothing off the device and stores none of the typed words', async () => {
  const netLog = path.join(mkdtempSync(path.join(tmpdir(), 'rekindle-netlog-')), 'netlog.json');
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: !process.env.HEADED,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Chromium's own record of every network request from process start, install included.
      `--log-net-log=${netLog}`,
      '--net-log-capture-mode=Default',
    ],
  });
  const requests = recordRequests(context);
  let closed = false;
  try {
    const background = await serviceWorkerOf(context);
    const extensionOrigin = `chrome-extension://${new URL(background.url()).host}`;

    // The recorder itself sees each kind of sender: service worker, extension page, content-script world.
    await background.evaluate((url) => fetch(url).catch(() => {}), `${CANARY}sw`);
    const pages = await visitExtensionPages(context, await extensionPages(background));
    await pages[0]!.evaluate((url) => fetch(url).catch(() => {}), `${CANARY}page`);

    const typed: string[] = [];
    const chats = siteIds.filter((id) =>
      ['whatsapp', 'discord', 'slack', 'messenger', 'tinder'].includes(id),
    );
    expect(chats.length).toBeGreaterThanOrEqual(3);
    const chatPage = await context.newPage();
    for (const [index, siteId] of chats.entries()) {
      await openSite(context, chatPage, siteId as SiteId);
      if (index === 0) {
        // Content-script world canary, through the same API the extension uses to inject.
        await background.evaluate(async (url) => {
          const c = (globalThis as unknown as { chrome: typeof browser }).chrome;
          const [tab] = await c.tabs.query({ url: 'https://*/*' });
          await c.scripting.executeScript({
            target: { tabId: tab!.id! },
            func: (u: string) => void fetch(u).catch(() => {}),
            args: [url],
          });
        }, `${CANARY}content`);
      }

      // A gentle message goes out untouched.
      const gentle = `heard our old song today ${word()} hope you are well`;
      typed.push(gentle);
      await typeInComposer(chatPage, siteId, gentle);
      await pressSend(chatPage, siteId);
      await expect.poll(async () => (await sentMessages(chatPage)).map((m) => m.text)).toContain(gentle);

      // A pushy one is held: nothing sent, the words stay in the box.
      const pushy = `why haven't you answered me?? you owe me an explanation ${word()}`;
      typed.push(pushy);
      await typeInComposer(chatPage, siteId, pushy);
      if (sites[siteId].sendButton && index % 2 === 1) await clickSend(chatPage, siteId);
      else await pressSend(chatPage, siteId);
      await expect(held(chatPage)).toBeVisible();
      expect(await composerText(chatPage)).toContain(pushy);
      if (index === 0) await saveScreenshot(chatPage, 'privacy-held-card');

      // "Send anyway" on every other site, "Edit" (keep it, unsent) on the rest.
      if (index % 2 === 0) {
        await held(chatPage)
          .getByRole('button', { name: /^Send anyway/ })
          .click();
        await expect.poll(async () => (await sentMessages(chatPage)).map((m) => m.text)).toContain(pushy);
      } else {
        await held(chatPage).getByRole('button', { name: 'Edit' }).click();
        expect((await sentMessages(chatPage)).map((m) => m.text)).not.toContain(pushy);
      }

      // They reply: incoming text is read by the adapter and must not be kept either.
      const reply = `thanks that is sweet ${word()}`;
      typed.push(reply);
      await receiveMessage(chatPage, reply);

      // Page storage of the website: the content script must not write there.
      const siteStorage = await dumpPageStorage(chatPage);
      for (const text of typed)
        for (const w of text.match(/zq[0-9a-f]{10}/g)!) expect(siteStorage).not.toContain(w);
    }

    // Let the background settle (debounced writes, alarms) and reopen the popup to read state.
    await visitExtensionPages(context, await extensionPages(background));

    // Every typed word is absent from all extension storage, and the reader is proven to find a
    // word both in chrome.storage and in an IndexedDB database it was not told about.
    const [probeA, probeB] = [word(), word()];
    await background.evaluate(
      async ([a, b]) => {
        const c = (globalThis as unknown as { chrome: typeof browser }).chrome;
        await c.storage.session.set({ privacyProbe: a });
        await new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('privacy-probe', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('s');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('s', 'readwrite');
            tx.objectStore('s').put({ text: b }, 'k');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        });
      },
      [probeA, probeB],
    );
    const withProbe = await dumpExtensionStorage(background, pages[0]!);
    expect(withProbe).toContain(probeA);
    expect(withProbe).toContain(probeB);
    await background.evaluate(async () => {
      await (globalThis as unknown as { chrome: typeof browser }).chrome.storage.session.remove(
        'privacyProbe',
      );
      await new Promise((resolve) => {
        const del = indexedDB.deleteDatabase('privacy-probe');
        del.onsuccess = del.onerror = resolve;
      });
    });

    const stored = await dumpExtensionStorage(background, pages[0]!);
    const databases = await background.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    const words = typed.flatMap((text) => text.match(/zq[0-9a-f]{10}/g)!);
    expect(words.length).toBe(chats.length * 3);
    for (const w of words) expect(stored, `typed word ${w} was stored`).not.toContain(w);
    for (const text of typed) expect(stored).not.toContain(text);

    expect(databases.length, 'the coach keeps its state in IndexedDB').toBeGreaterThan(0);

    // The recorder caught each canary (so it would catch a real leak) ...
    const canaries = requests.filter((r) => r.url.startsWith(CANARY)).map((r) => r.url.slice(CANARY.length));
    expect(canaries.sort()).toEqual(['content', 'page', 'sw']);

    // ... and nothing else of ours left the browser: only the extension's own files were requested.
    // The fixture documents are the test's navigations (served by route), not the extension's.
    const fixtureDocuments = (r: Recorded) =>
      r.type === 'document' && r.origin === 'page' && /^https:\/\//.test(r.url) && fixtureHost(r.url);
    const leaks = requests.filter(
      // chrome-extension:// (the guard's card reads its stylesheet through a per-session dynamic id).
      (r) =>
        !r.url.startsWith(CANARY) &&
        !r.url.startsWith('chrome-extension://') &&
        !r.url.startsWith('data:') &&
        !fixtureDocuments(r),
    );
    expect(leaks).toEqual([]);

    // Chromium's net log covers what Playwright cannot have seen: the install and the service
    // worker's start-up, before any listener existed. Requests the extension initiated: canaries only.
    await context.close();
    closed = true;
    const fromExtension = networkRequestsByInitiator(netLog, extensionOrigin);
    expect(fromExtension.filter((url) => !url.startsWith(CANARY))).toEqual([]);
    expect(fromExtension.some((url) => url === `${CANARY}sw`)).toBe(true);
    console.log(
      `privacy: ${requests.length} requests recorded (${requests.filter((r) => r.url.startsWith('chrome-extension://')).length} to the extension's own files, ` +
        `${requests.filter(fixtureDocuments).length} fixture documents), ${words.length} typed words absent from ${stored.length} bytes of storage (IndexedDB: ${databases.join(', ')}; chrome.storage local/sync/session)`,
    );
  } finally {
    if (!closed) await context.close();
  }
});

function fixtureHost(url: string): boolean {
  const host = new URL(url).host;
  return siteIds.some((id) => sites[id].hosts.includes(host));
}
