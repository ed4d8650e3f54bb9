// Firefox ESR through puppeteer-core over WebDriver BiDi, with the production Firefox build installed
// as a temporary add-on, and the fixture pages served at the real chat sites' URLs by request
// interception. Mirrors tests/e2e/sites.ts. Note: BiDi refuses goto('moz-extension://…'), so extension
// pages are not reachable from here; test them in Chromium.
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { fixtureHtml } from '../fixtures/shared/fixture-files';
import { fixtureForUrl, type SiteId, siteIds, siteSpecs } from '../fixtures/shared/site-specs';
import type { SentMessage } from '../fixtures/shared/types';

export type { SentMessage, SiteId };
export const sites = siteSpecs;
export { siteIds };

export const firefoxExtensionDir = path.resolve(process.env.EXTENSION_DIR_FIREFOX ?? '.output/firefox-mv2');

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id Firefox gave the installed extension, or null when launched without it. */
  extensionId: string | null;
  close(): Promise<void>;
}

export async function launchFirefox(options: { extension?: boolean } = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: !process.env.HEADED,
    extraPrefsFirefox: {
      // No background traffic: the tests must see only the fixture requests.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  const extensionId =
    options.extension === false ? null : await browser.installExtension(firefoxExtensionDir);
  return { browser, extensionId, close: () => browser.close() };
}

/** Answers document requests to supported sites with their fixture page; other requests there get 404. */
async function onRequest(request: HTTPRequest): Promise<void> {
  if (request.isInterceptResolutionHandled()) return;
  const site = fixtureForUrl(request.url());
  if (!site) {
    await request.continue();
  } else if (request.isNavigationRequest()) {
    await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(site) });
  } else {
    await request.respond({ status: 404, contentType: 'text/plain', body: '' });
  }
}

const served = new WeakSet<Page>();

export async function serveFixtures(page: Page): Promise<void> {
  if (served.has(page)) return;
  served.add(page);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    onRequest(request).catch((error: unknown) => console.error('[firefox harness] request', error));
  });
}

/** Opens the site's real URL in `page` (a new tab by default) and waits for its composer. */
export async function openSite(
  browser: Browser,
  siteId: SiteId,
  conversationId?: string,
  options: { page?: Page; url?: string } = {},
): Promise<Page> {
  const site = sites[siteId];
  const page = options.page ?? (await browser.newPage());
  await serveFixtures(page);
  const url = options.url ?? (conversationId ? site.conversationUrl(conversationId) : site.url);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction((id) => document.documentElement.dataset.fixtureReady === id, {}, siteId);
  if (conversationId && !site.urlCarriesConversation) await switchConversation(page, siteId, conversationId);
  await page.waitForSelector(composerSelector(siteId), { visible: true });
  return page;
}

/** Puppeteer's CSS does not pierce shadow roots; its `>>>` combinator does. */
export function composerSelector(siteId: SiteId): string {
  const site = sites[siteId];
  return site.shadowHost ? `${site.shadowHost} >>> ${site.composer}` : site.composer;
}

async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as Parameters<Page['keyboard']['press']>[0][];
  const key = keys.pop()!;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

export async function composer(page: Page, siteId: SiteId): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(composerSelector(siteId), { visible: true });
  if (!handle) throw new Error(`no composer on ${siteId}`);
  return handle;
}

/** Clicks into the composer (its real selector), puts the caret at the end and types like a user. */
export async function typeInComposer(page: Page, siteId: SiteId, text: string): Promise<void> {
  await (await composer(page, siteId)).click();
  await pressChord(page, 'Control+End');
  for (const [index, line] of text.split('\n').entries()) {
    if (index > 0) await pressChord(page, sites[siteId].newlineKey);
    if (line) await page.keyboard.type(line);
  }
}

export async function pressSend(page: Page, siteId: SiteId): Promise<void> {
  await pressChord(page, sites[siteId].sendKey);
}

export async function sendButton(page: Page, siteId: SiteId): Promise<ElementHandle<Element>> {
  const site = sites[siteId];
  if (!site.sendButton) throw new Error(`${siteId} has no send button`);
  const args = [site.sendButton, site.sendButtonText ?? null, site.shadowHost ?? null] as const;
  const find = (sel: string, text: string | null, host: string | null): Element | undefined => {
    const scope = host ? document.querySelector(host)?.shadowRoot : document;
    return [...(scope?.querySelectorAll(sel) ?? [])].find((b) => text === null || b.textContent === text);
  };
  await page.waitForFunction(`(${find.toString()})(...${JSON.stringify(args)}) !== undefined`);
  const handle = await page.evaluateHandle(`(${find.toString()})(...${JSON.stringify(args)})`);
  return handle as ElementHandle<Element>;
}

export async function clickSend(page: Page, siteId: SiteId): Promise<void> {
  await (await sendButton(page, siteId)).click();
}

export async function switchConversation(page: Page, siteId: SiteId, conversationId: string): Promise<void> {
  await page.click(`[data-fixture-conversation="${conversationId}"]`);
  await page.waitForFunction((id) => window.__fixture.conversationId === id, {}, conversationId);
  await page.waitForSelector(composerSelector(siteId), { visible: true });
}

export async function sentMessages(page: Page): Promise<SentMessage[]> {
  return page.evaluate(() => window.__fixture.sent.map((m) => ({ ...m })));
}

/** The draft as the site's editor holds it (editor state), not the DOM text. */
export async function composerText(page: Page): Promise<string> {
  return page.evaluate(() => window.__fixture.draft());
}

export async function conversationId(page: Page): Promise<string> {
  return page.evaluate(() => window.__fixture.conversationId);
}

export async function receiveMessage(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => window.__fixture.receive(t), text);
}

/** Polls `check` until it returns true (puppeteer has no auto-waiting assertions). */
export async function eventually(
  check: () => Promise<boolean>,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
