/**
 * The README's first run (`npm run demo`, via scripts/demo.sh after the build): Debian's Chromium with
 * the production build loaded, on the local demo chat served at https://web.whatsapp.com/.
 * - With a display: a real window; type a draft and press Enter. Stays until the browser is closed.
 * - Without one: headless; types a risky draft, presses Enter, and writes screenshots of the welcome
 *   page, the held-message card and the popup to artifacts/screenshots/ (printed at the end).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { composer, openDemo, pressSend, sentMessages, typeInComposer } from '../tests/e2e/sites';

const extensionDir = path.resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
const screenshotDir = path.resolve(process.env.SCREENSHOT_DIR ?? 'artifacts/screenshots');
const headed = !!process.env.DISPLAY && !process.env.HEADLESS;
const riskyDraft = 'Why are you ignoring me? Answer me.';

async function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: !headed,
    viewport: headed ? null : { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

async function welcomePage(context: BrowserContext): Promise<Page> {
  const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
  return context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome }));
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  console.log(`  ${name}.png`);
}

async function runHeadless(context: BrowserContext): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const id = await extensionId(context);
  console.log(`demo: screenshots in ${screenshotDir}`);

  const welcome = await welcomePage(context);
  await welcome.waitForLoadState();
  await shoot(welcome, 'demo-welcome');

  const chat = await openDemo(context, await context.newPage());
  await chat.bringToFront();
  await typeInComposer(chat, 'whatsapp', riskyDraft);
  await pressSend(chat, 'whatsapp');
  const card = chat.getByRole('alertdialog');
  await card.waitFor({ timeout: 10_000 });
  const sent = await sentMessages(chat);
  if (sent.some((m) => m.text === riskyDraft)) throw new Error('the risky draft was sent, not held');
  await shoot(chat, 'demo-held-card');

  // The popup, opened over the demo chat the way the toolbar button would show it.
  await card.getByRole('button', { name: 'Edit' }).click();
  await composer(chat, 'whatsapp').waitFor();
  const popupOpened = context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/popup.html') });
  const worker = context.serviceWorkers()[0]!;
  await worker.evaluate(async (url) => {
    const c = (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } })
      .chrome;
    await c.windows.create({ url, type: 'popup', focused: false, width: 380, height: 640 });
  }, `chrome-extension://${id}/popup.html`);
  const popup = await popupOpened;
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.waitForLoadState('networkidle');
  await shoot(popup, 'demo-popup');
  console.log(screenshotDir);
}

async function runHeaded(context: BrowserContext): Promise<void> {
  await extensionId(context);
  const chat = await openDemo(context, context.pages()[0] ?? (await context.newPage()));
  await chat.bringToFront();
  console.log(
    'demo: Chromium is open on the demo chat. Type a draft and press Enter; close the window to end.',
  );
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}

const context = await launch();
try {
  if (headed) await runHeaded(context);
  else await runHeadless(context);
} finally {
  await context.close().catch(() => {});
}
