import type { Worker } from '@playwright/test';
import { sam, send } from './coach-helpers';
import { expect, test } from './harness';

type Chrome = typeof import('wxt/browser').browser;
type Cooldown = { startedAt: number; endsAt: number } | null;

/** Moves every stored cooldown's end to `msFromNow`, straight in the extension's IndexedDB. */
async function shortenCooldowns(background: Worker, msFromNow: number): Promise<void> {
  await background.evaluate(async (ms) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('rekindle');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const store = () => db.transaction('state', 'readwrite').objectStore('state');
    const conversations = await new Promise<Record<string, { cooldown: Cooldown }>>((resolve) => {
      const req = store().get('conversations');
      req.onsuccess = () => resolve(req.result);
    });
    for (const c of Object.values(conversations)) if (c.cooldown) c.cooldown.endsAt = Date.now() + ms;
    await new Promise((resolve) => {
      const req = store().put(conversations, 'conversations');
      req.onsuccess = resolve;
    });
    db.close();
  }, msFromNow);
}

test('state lives on disk: a stopped service worker wakes with the cooldown and ticks intact', async ({
  context,
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  await send(page, 'messageSent', { ref: sam, outcome: 'sentClean' });
  await send(page, 'setChecklistItem', { stage: 1, itemId: 's1_no_call', done: true });
  const before = (await send(page, 'getGuardState', sam)) as { cooldown: Cooldown };
  expect(before.cooldown).not.toBeNull();

  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped'))
        resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;

  // The next message wakes a brand-new worker, which can only know what is on disk.
  const after = (await send(page, 'getGuardState', sam)) as { cooldown: Cooldown };
  expect(after.cooldown).toEqual(before.cooldown);
  const view = (await send(page, 'getCoachView', { tabId: null })) as { checklist: Record<string, string[]> };
  expect(view.checklist['1']).toEqual(['s1_no_call']);
});

test('when a cooldown runs out, an alarm ends it, a notification says so and the badge clears', async ({
  openExtensionPage,
  background,
}) => {
  const page = await openExtensionPage('popup.html');
  await send(page, 'conversationOpened', sam);
  await send(page, 'messageSent', { ref: sam, outcome: 'sentClean' });
  const tabId = await page.evaluate(
    async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.getCurrent())?.id,
  );
  const badge = () =>
    background.evaluate(
      (id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
  await expect.poll(badge).toBe('24h');

  await shortenCooldowns(background, 1500);
  // Any change makes the background re-sync its alarms with what is stored.
  await send(page, 'setChecklistItem', { stage: 1, itemId: 's1_wait', done: true });

  await expect
    .poll(async () => ((await send(page, 'getGuardState', sam)) as { cooldown: Cooldown }).cooldown, {
      timeout: 15_000,
    })
    .toBeNull();
  const stored = await background.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    return { notifications: await chrome.notifications.getAll(), alarms: await chrome.alarms.getAll() };
  });
  expect(Object.keys(stored.notifications)).toEqual([expect.stringMatching(/^rekindle-cooldown-/)]);
  expect(stored.alarms.map((a) => a.name)).toEqual([]);
  await expect.poll(badge).toBe('');
});
