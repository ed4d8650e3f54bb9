// The guard on composers it was not written against: each variant (tests/fixtures/variants/) is a
// plausible other DOM for a supported site, served at that site's real URL to the production build.
// On every one: a flagged draft is held, a benign one goes out once, "Send anyway" sends once, and a
// click on the send button is caught.
import type { BrowserContext, FrameLocator, Locator, Page } from '@playwright/test';
import { fixtureHtml } from '../fixtures/shared/fixture-files';
import type { SentMessage } from '../fixtures/shared/types';
import { type VariantSpec, variants } from '../fixtures/variants/specs';
import { BENIGN, FLAGGED } from './guard-helpers';
import { expect, launchWithExtension, test } from './harness';

/** Long enough for a second (wrong) send to show up if one were coming. */
const SETTLE_MS = 700;

async function serveVariant(context: BrowserContext, variant: VariantSpec): Promise<void> {
  const html = fixtureHtml(`variants/${variant.id}`);
  await context.route(`https://${new URL(variant.url).host}/**`, async (route) => {
    if (route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else {
      await route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
    }
  });
}

for (const variant of variants) {
  test.describe(`unseen composer ${variant.id}`, () => {
    let context: BrowserContext;
    let page: Page;
    test.beforeAll(async () => {
      context = await launchWithExtension();
      await serveVariant(context, variant);
    });
    test.afterAll(async () => {
      await context.close();
    });
    test.beforeEach(async () => {
      page = await context.newPage();
      await page.goto(variant.url);
      await page.waitForFunction((id) => document.documentElement.dataset.fixtureReady === id, variant.id);
      await composer().waitFor();
    });
    test.afterEach(async () => {
      await page.close();
    });

    /** Where the chat lives: the page, or the same-origin frame holding the composer. */
    const scope = (): Page | FrameLocator => (variant.frame ? page.frameLocator(variant.frame) : page);
    const composer = (): Locator => scope().locator(variant.composer).first();
    const card = (): Locator => scope().getByRole('alertdialog');
    const verdict = (): Locator =>
      scope()
        .locator('rekindle-guard')
        .getByRole('button', { name: /^Rekindle:/ });
    const sent = (): Promise<SentMessage[]> =>
      page.evaluate(() => window.__fixture.sent.map((m) => ({ ...m })));
    const sentTexts = async (): Promise<string[]> => (await sent()).map((m) => m.text);
    const draft = (): Promise<string> => page.evaluate(() => window.__fixture.draft());

    /** Types like a user, then waits for the live verdict the indicator shows (the analyzer is loaded). */
    const write = async (text: string, expected: RegExp): Promise<void> => {
      await composer().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(text);
      await expect.poll(draft).toBe(text);
      await expect(verdict()).toHaveAccessibleName(expected, { timeout: 10_000 });
    };
    const clickSend = async (): Promise<void> => {
      const button = scope().locator(variant.sendButton!).first();
      await button.waitFor();
      await expect(button).toBeEnabled();
      if (variant.clickTarget) await button.locator(variant.clickTarget).first().click();
      else await button.click();
    };
    /** The site's own send gesture: its send key, or its button where only the button sends. */
    const send = async (): Promise<void> => {
      if (variant.sendKey) await page.keyboard.press(variant.sendKey);
      else await clickSend();
    };
    const expectSentOnce = async (text: string): Promise<void> => {
      await expect.poll(sentTexts).toHaveLength(1);
      await page.waitForTimeout(SETTLE_MS);
      expect(await sentTexts()).toEqual([text]);
    };
    const expectHeld = async (): Promise<void> => {
      await expect(card()).toBeVisible();
      await expect(card()).toContainText(FLAGGED);
      await page.waitForTimeout(SETTLE_MS);
      expect(await sentTexts()).toEqual([]);
      expect(await draft()).toBe(FLAGGED);
    };

    test('holds a flagged draft: nothing sent, text still in the box, card shown', async () => {
      await write(FLAGGED, /would be held/);
      await send();
      await expectHeld();
    });

    if (variant.sendButton) {
      test('a click on the send button is caught', async () => {
        await write(FLAGGED, /would be held/);
        await clickSend();
        await expectHeld();
      });
    }

    if (variant.newlineKey === 'Enter') {
      test('Enter adds a new line (this site sends with another gesture)', async () => {
        await write('Hope your week', /reads fine|read it once more/);
        await page.keyboard.press('Enter');
        await page.keyboard.type('is going well');
        await expect.poll(draft).toBe('Hope your week\nis going well');
        await page.waitForTimeout(SETTLE_MS);
        expect(await sentTexts()).toEqual([]);
        await expect(card()).toHaveCount(0);
      });
    }

    // The coach keeps its state for the whole context (cooldown against double-texting after a send):
    // the tests that send run last, the benign send before "Send anyway" (which is offered either way).
    test('sends a benign draft exactly once, unchanged', async () => {
      await write(BENIGN, /reads fine|read it once more/);
      await send();
      await expectSentOnce(BENIGN);
      await expect(card()).toHaveCount(0);
    });

    test('"Send anyway" sends the held text exactly once', async () => {
      await write(FLAGGED, /would be held/);
      await send();
      await card().getByRole('button', { name: 'Send anyway' }).click();
      await expectSentOnce(FLAGGED);
      await expect(card()).toHaveCount(0);
    });
  });
}
