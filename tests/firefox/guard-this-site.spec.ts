// "Guard this site" end to end in Firefox ESR (production MV2 build): Firefox can skip the optional
// permission prompt (a profile pref), so here the grant really happens, the background registers the
// guard for that one site, the generic fallback holds a risky draft there, and revoking removes it.
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, firefoxExtensionDir } from './harness';

const SITE = 'https://chat.example.org/';
const PATTERN = '*://chat.example.org/*';
const RISKY = 'Why are you ignoring me? Answer me.';

// A chat page Rekindle has no adapter for: a textarea whose Enter "sends" (recorded in window.sent).
const CHAT_HTML = `<!doctype html><html lang="en"><title>Chat</title><body>
<textarea aria-label="Message" rows="3" cols="40"></textarea>
<script>
  window.sent = [];
  const box = document.querySelector('textarea');
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); window.sent.push(box.value); box.value = ''; }
  });
</script></body></html>`;

let browser: Browser;
let welcome: Page;

async function extensionPage(suffix: string): Promise<Page> {
  let found: Page | undefined;
  await eventually(
    async () => {
      for (const page of await browser.pages()) {
        // BiDi reports about:blank for extension tabs; their live location is right.
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.endsWith(suffix)) found = page;
      }
      return !!found;
    },
    15_000,
    `the ${suffix} tab`,
  );
  return found!;
}

async function openChat(): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(SITE) && request.isNavigationRequest())
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: CHAT_HTML });
    else if (request.url().startsWith(SITE)) void request.respond({ status: 404, body: '' });
    else void request.continue();
  });
  await page.goto(SITE, { waitUntil: 'load' });
  return page;
}

const registered = () =>
  welcome.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
    return (await api.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
  });

const guardPresent = (page: Page) => page.evaluate(() => !!document.querySelector('rekindle-guard'));
const sentOn = (page: Page) => page.evaluate(() => (window as unknown as { sent: string[] }).sent);

beforeAll(async () => {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: !process.env.HEADED,
    extraPrefsFirefox: {
      // Answers optional-permission requests with "allow", as a user clicking Allow would.
      'extensions.webextOptionalPermissionPrompts': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  await browser.installExtension(path.resolve(firefoxExtensionDir));
  welcome = await extensionPage('/welcome.html');
});

afterAll(async () => {
  await browser?.close();
});

describe('Guard this site (Firefox)', () => {
  it('opens the welcome page on install', async () => {
    await eventually(
      async () =>
        (await welcome.evaluate(() => document.querySelector('h1')?.textContent)) === 'Welcome to Rekindle',
      10_000,
      'the welcome heading',
    );
  });

  it('a site the user adds is guarded after a reload, and not once they stop guarding it', async () => {
    // Before: Rekindle has no business on this site; a risky draft goes out as the site sends it.
    let chat = await openChat();
    await typeAndEnter(chat, RISKY);
    expect(await sentOn(chat)).toEqual([RISKY]);
    expect(await guardPresent(chat)).toBe(false);

    // The request must come from a user gesture in an extension page (the popup's button does this).
    await welcome.evaluate((pattern) => {
      const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
      const button = document.createElement('button');
      button.id = 'grant-for-test';
      button.textContent = 'grant';
      button.onclick = () => {
        api.permissions.request({ origins: [pattern] }).then(
          (granted) => (document.body.dataset.granted = String(granted)),
          (error) => (document.body.dataset.granted = String(error)),
        );
      };
      document.body.append(button);
    }, PATTERN);
    await welcome.bringToFront();
    await welcome.click('#grant-for-test');
    await eventually(
      async () => !!(await welcome.evaluate(() => document.body.dataset.granted)),
      10_000,
      'the grant',
    );
    expect(await welcome.evaluate(() => document.body.dataset.granted)).toBe('true');
    await eventually(async () => (await registered()).includes(PATTERN), 10_000, 'the dynamic registration');

    // Guarded: the generic fallback finds the textarea, the risky draft is held and stays in the box.
    await chat.close();
    chat = await openChat();
    await chat.bringToFront();
    await chat.click('textarea');
    await chat.keyboard.type(RISKY);
    await eventually(() => inGuard(chat, '.dot.hold'), 15_000, 'the live verdict "hold"');
    await chat.keyboard.press('Enter');
    await eventually(() => inGuard(chat, '[role="alertdialog"]'), 5_000, 'the held-message card');
    expect(await sentOn(chat)).toEqual([]);
    expect(await chat.evaluate(() => document.querySelector('textarea')!.value)).toBe(RISKY);

    // Stop guarding: the permission goes, the registration goes, the next load is unguarded again.
    await welcome.evaluate(async (pattern) => {
      const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
      await api.permissions.remove({ origins: [pattern] });
    }, PATTERN);
    await eventually(async () => !(await registered()).includes(PATTERN), 10_000, 'the unregistration');
    await chat.close();
    chat = await openChat();
    await typeAndEnter(chat, RISKY);
    expect(await sentOn(chat)).toEqual([RISKY]);
    expect(await guardPresent(chat)).toBe(false);
  });
});

async function typeAndEnter(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  await page.click('textarea');
  await page.keyboard.type(text);
  await new Promise((resolve) => setTimeout(resolve, 700)); // as long as the guard would need to judge it
  await page.keyboard.press('Enter');
}

function inGuard(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(
    (sel) => !!document.querySelector('rekindle-guard')?.shadowRoot?.querySelector(sel),
    selector,
  );
}
