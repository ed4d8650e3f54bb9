// "Guard this site" in the real popup. The browser's permission prompt cannot be answered headless, so
// the grant → register → revoke logic and the "Guard this site" button are unit-tested
// (src/ship/*.test.ts(x)); here: what the real popup shows, and that no access exists in advance.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { expect, test } from './harness';
import { openSite } from './sites';

/** Opens the popup in its own unfocused window, so the chat tab stays the window's active tab. */
async function popupOver(context: BrowserContext, background: Worker, tab: Page): Promise<Page> {
  await tab.bringToFront();
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/popup.html') });
  await background.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof browser }).chrome;
    await c.windows.create({ url: c.runtime.getURL('/popup.html'), type: 'popup', focused: false });
  });
  const popup = await opened;
  await popup.waitForLoadState();
  return popup;
}

test('on a supported chat site the popup says it is already guarded', async ({ context, background }) => {
  const chat = await openSite(context, await context.newPage(), 'whatsapp');
  const popup = await popupOver(context, background, chat);
  await expect(popup.getByText('Rekindle already guards this chat site.')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Guard this site' })).toHaveCount(0);
});

// A test cannot click the toolbar button, so activeTab is never granted here: the popup must then not
// see the site at all (least privilege), and nothing is granted or registered in advance.
test('on any other site, without the toolbar click, the popup cannot see the page and holds no access', async ({
  context,
  background,
}) => {
  await context.route('https://chat.example.org/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<title>Chat</title><textarea aria-label="Message"></textarea>',
    }),
  );
  const chat = await context.newPage();
  await chat.goto('https://chat.example.org/rooms/1');
  const popup = await popupOver(context, background, chat);
  await expect(popup.getByText("Rekindle can't guard this page.")).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Guard this site' })).toHaveCount(0);

  const state = await background.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof browser }).chrome;
    return {
      granted: await c.permissions.contains({ origins: ['*://chat.example.org/*'] }),
      registered: await c.scripting.getRegisteredContentScripts(),
    };
  });
  expect(state).toEqual({ granted: false, registered: [] });
});
