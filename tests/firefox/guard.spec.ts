// The guard in Firefox ESR (production MV2 build as a temporary add-on): hold, clean send and
// "Send anyway" on four fixtures with different editors (Lexical, Slate, Quill, React textarea).
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  composerText,
  eventually,
  type FirefoxSession,
  launchFirefox,
  openSite,
  pressSend,
  type SiteId,
  sentMessages,
  sites,
  typeInComposer,
} from './harness';

const FLAGGED = 'I miss you';
const BENIGN = 'Hope your week is going well';
const SETTLE_MS = 700;

/** Something inside the guard's open shadow root, or null. */
function inGuard(page: Page, selector: string): Promise<ElementHandle<Element> | null> {
  return page
    .evaluateHandle(
      (sel) => document.querySelector('rekindle-guard')?.shadowRoot?.querySelector(sel) ?? null,
      selector,
    )
    .then((handle) => handle.asElement() as ElementHandle<Element> | null);
}

const cardShown = async (page: Page) => (await inGuard(page, '[role="alertdialog"]')) !== null;
const sentTexts = async (page: Page) => (await sentMessages(page)).map((m) => m.text);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types a flagged draft and waits for the live indicator to say it would be held (analyzer loaded). */
async function writeFlagged(page: Page, siteId: SiteId): Promise<void> {
  await typeInComposer(page, siteId, FLAGGED);
  await eventually(
    async () => (await inGuard(page, '.dot.hold')) !== null,
    15_000,
    'the live verdict "hold"',
  );
}

const editors: SiteId[] = ['whatsapp', 'discord', 'slack', 'tinder'];

for (const siteId of editors) {
  describe(`Firefox guard on ${siteId}`, () => {
    let session: FirefoxSession;
    const [held, clean] = sites[siteId].conversations;

    beforeAll(async () => {
      session = await launchFirefox();
    });
    afterAll(async () => {
      await session?.close();
    });

    it('holds a flagged draft: nothing sent, the text stays, the card shows', async () => {
      const page = await openSite(session.browser, siteId);
      try {
        await writeFlagged(page, siteId);
        await pressSend(page, siteId);
        await eventually(() => cardShown(page), 5000, 'the card');
        await pause(SETTLE_MS);
        expect(await sentTexts(page)).toEqual([]);
        expect(await composerText(page)).toBe(FLAGGED);
      } finally {
        await page.close();
      }
    });

    it('sends a benign draft exactly once, unchanged', async () => {
      const page = await openSite(session.browser, siteId, clean!.id);
      try {
        await writeFlagged(page, siteId); // loads the analyzer, then the draft is replaced
        await page.keyboard.down('Control');
        await page.keyboard.press('a');
        await page.keyboard.up('Control');
        await page.keyboard.press('Backspace');
        await page.keyboard.type(BENIGN);
        await eventually(async () => (await composerText(page)) === BENIGN, 5000, 'the benign draft');
        await pressSend(page, siteId);
        await eventually(async () => (await sentTexts(page)).length > 0, 10_000, 'the send');
        await pause(SETTLE_MS);
        expect(await sentTexts(page)).toEqual([BENIGN]);
        expect(await cardShown(page)).toBe(false);
      } finally {
        await page.close();
      }
    });

    it('"Send anyway" sends the held text exactly once', async () => {
      const page = await openSite(session.browser, siteId, held!.id);
      try {
        await writeFlagged(page, siteId);
        await pressSend(page, siteId);
        await eventually(() => cardShown(page), 5000, 'the card');
        const button = await inGuard(page, '.actions button.secondary');
        expect(button).not.toBeNull();
        await button!.click();
        await eventually(async () => (await sentTexts(page)).length > 0, 10_000, 'the send');
        await pause(SETTLE_MS);
        expect(await sentTexts(page)).toEqual([FLAGGED]);
      } finally {
        await page.close();
      }
    });
  });
}
