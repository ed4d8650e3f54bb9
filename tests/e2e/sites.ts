// Serves the fixture pages at the real chat sites' URLs (so the production content-script matches
// apply unchanged) and drives them the way a user would.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { fixtureHtml } from '../fixtures/shared/fixture-files';
import { fixtureForUrl, type SiteId, type SiteSpec, siteIds, siteSpecs } from '../fixtures/shared/site-specs';
import type { SentMessage } from '../fixtures/shared/types';

export type { SentMessage, SiteId, SiteSpec };
export const sites = siteSpecs;
export { siteIds };

const routed = new WeakSet<BrowserContext>();

/**
 * Answers document requests to every supported site's host with its fixture page; anything else on
 * those hosts (favicon, API calls) gets an empty 404. Other hosts are left alone. Idempotent.
 */
export async function serveFixtures(context: BrowserContext): Promise<void> {
  if (routed.has(context)) return;
  routed.add(context);
  const hosts = [...new Set(siteIds.flatMap((id) => siteSpecs[id].hosts))];
  for (const host of hosts) {
    await context.route(`https://${host}/**`, async (route) => {
      const request = route.request();
      const site = fixtureForUrl(request.url());
      if (site && request.resourceType() === 'document') {
        await route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: fixtureHtml(site),
        });
      } else {
        await route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
      }
    });
  }
}

/** Serves `html` for documents at `url`'s host (e.g. the demo page at https://web.whatsapp.com/). */
export async function serveHtmlAt(context: BrowserContext, url: string, html: string): Promise<void> {
  const { host } = new URL(url);
  await context.route(`https://${host}/**`, async (route) => {
    if (route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else {
      await route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
    }
  });
}

export interface OpenSiteOptions {
  /** Open this exact URL instead (e.g. messenger.com/t/<id> rather than facebook.com/messages/t/<id>). */
  url?: string;
}

/** Navigates `page` to the site's real URL (the fixture answers) and waits for its composer. */
export async function openSite(
  context: BrowserContext,
  page: Page,
  siteId: SiteId,
  conversationId?: string,
  options: OpenSiteOptions = {},
): Promise<Page> {
  const site = sites[siteId];
  await serveFixtures(context);
  const url = options.url ?? (conversationId ? site.conversationUrl(conversationId) : site.url);
  await page.goto(url);
  await page.waitForFunction((id) => document.documentElement.dataset.fixtureReady === id, siteId);
  if (conversationId && !site.urlCarriesConversation) await switchConversation(page, siteId, conversationId);
  await composer(page, siteId).waitFor();
  return page;
}

export function composer(page: Page, siteId: SiteId): Locator {
  return page.locator(sites[siteId].composer);
}

export function sendButton(page: Page, siteId: SiteId): Locator {
  const site = sites[siteId];
  if (!site.sendButton) throw new Error(`${siteId} has no send button`);
  const buttons = page.locator(site.sendButton);
  return site.sendButtonText ? buttons.filter({ hasText: new RegExp(`^${site.sendButtonText}$`) }) : buttons;
}

/** Clicks into the composer (its real selector), puts the caret at the end and types like a user. */
export async function typeInComposer(page: Page, siteId: SiteId, text: string): Promise<void> {
  const site = sites[siteId];
  await composer(page, siteId).click();
  await page.keyboard.press('Control+End');
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press(site.newlineKey);
    if (line) await page.keyboard.type(line);
  }
}

/** The site's own send gesture from the keyboard (Enter, or Ctrl+Enter on Gmail). */
export async function pressSend(page: Page, siteId: SiteId): Promise<void> {
  await page.keyboard.press(sites[siteId].sendKey);
}

export async function clickSend(page: Page, siteId: SiteId): Promise<void> {
  await sendButton(page, siteId).click();
}

/** Switches chat like a user: a click on the conversation in the site's sidebar. */
export async function switchConversation(page: Page, siteId: SiteId, conversationId: string): Promise<void> {
  await page.locator(`[data-fixture-conversation="${conversationId}"]`).first().click();
  await page.waitForFunction((id) => window.__fixture.conversationId === id, conversationId);
  await composer(page, siteId).waitFor();
}

/** Everything the "site" has sent so far, in order. */
export async function sentMessages(page: Page): Promise<SentMessage[]> {
  return page.evaluate(() => window.__fixture.sent.map((m) => ({ ...m })));
}

/** The draft as the site's editor holds it (Lexical/Slate/Quill/React state), not the DOM text. */
export async function composerText(page: Page, _siteId?: SiteId): Promise<string> {
  return page.evaluate(() => window.__fixture.draft());
}

export async function conversationId(page: Page): Promise<string> {
  return page.evaluate(() => window.__fixture.conversationId);
}

/** The other person writes: an incoming message appears in the open conversation. */
export async function receiveMessage(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => window.__fixture.receive(t), text);
}

/** Where the demo page is served: WhatsApp's real URL, so the production content script runs on it. */
export const demoUrl = 'https://web.whatsapp.com/';

/** Opens the demo chat with Alex (tests/fixtures/dist/demo.html) at {@link demoUrl}. */
export async function openDemo(context: BrowserContext, page: Page): Promise<Page> {
  await serveHtmlAt(context, demoUrl, fixtureHtml('demo'));
  await page.goto(demoUrl);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'demo');
  await composer(page, 'whatsapp').waitFor();
  return page;
}
