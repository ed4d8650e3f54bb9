// The guard's behaviour on one chat site, as a user sees it. Called once per fixture by
// guard-sites.spec.ts (like harper's per-editor suites): every site must pass the same checks.
import AxeBuilder from '@axe-core/playwright';
import type { ConsoleMessage, Locator, Page } from '@playwright/test';
import { BENIGN, card, coachView, evaluateInGuard, FLAGGED, waitForAnalyzer } from './guard-helpers';
import { expect, test } from './harness';
import { saveScreenshot } from './screenshots';
import {
  clickSend,
  composer,
  composerText,
  openSite,
  pressSend,
  type SiteId,
  sentMessages,
  sites,
  switchConversation,
  typeInComposer,
} from './sites';

/** Long enough for a second (wrong) send to show up if one were coming. */
const SETTLE_MS = 700;

async function sentTexts(page: Page): Promise<string[]> {
  return (await sentMessages(page)).map((m) => m.text);
}

async function expectSentOnce(page: Page, text: string | RegExp): Promise<void> {
  await expect.poll(() => sentTexts(page)).toHaveLength(1);
  await page.waitForTimeout(SETTLE_MS);
  const sent = await sentTexts(page);
  expect(sent).toHaveLength(1);
  if (typeof text === 'string') expect(sent[0]).toBe(text);
  else expect(sent[0]).toMatch(text);
}

/** WCAG contrast ratio between the card's text and its own background. */
function textContrast(dialog: Locator): Promise<number> {
  return dialog.evaluate((el) => {
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const style = getComputedStyle(el);
    const [a, b] = [luminance(style.color), luminance(style.backgroundColor)].sort((x, y) => y - x);
    return ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05);
  });
}

export function guardSuite(siteId: SiteId): void {
  const site = sites[siteId];

  test.describe(`guard on ${siteId}`, () => {
    let page: Page;
    test.beforeEach(async ({ context }) => {
      page = await context.newPage();
      await openSite(context, page, siteId);
    });

    /** Types like a user and waits until the analyzer (injected on first focus) is there. */
    const write = async (text: string): Promise<void> => {
      await typeInComposer(page, siteId, text);
      await waitForAnalyzer(page);
    };

    test('holds a flagged draft: nothing sent, text intact, card explains; Edit puts the caret back', async () => {
      await write(FLAGGED);
      await pressSend(page, siteId);
      const dialog = card(page);
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(FLAGGED);
      await expect(dialog.getByRole('button', { name: 'Edit' })).toBeFocused();
      await page.waitForTimeout(SETTLE_MS);
      expect(await sentTexts(page)).toEqual([]);
      expect(await composerText(page)).toBe(FLAGGED);
      // Readable on this page (light or dark) and free of accessibility violations.
      expect(await textContrast(dialog)).toBeGreaterThanOrEqual(4.5);
      const axe = await new AxeBuilder({ page }).include('rekindle-guard').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await saveScreenshot(page, `guard-card-${siteId}`);
      await dialog.getByRole('button', { name: 'Edit' }).click();
      await expect(dialog).toBeHidden();
      await page.keyboard.type('!');
      await expect.poll(() => composerText(page)).toBe(`${FLAGGED}!`);
      expect(await sentTexts(page)).toEqual([]);
    });

    test('sends a benign draft exactly once, unchanged', async () => {
      await write(BENIGN);
      await pressSend(page, siteId);
      await expectSentOnce(page, BENIGN);
      await expect(card(page)).toHaveCount(0);
    });

    test('"Send anyway" sends the held text exactly once', async () => {
      await write(FLAGGED);
      await pressSend(page, siteId);
      await card(page).getByRole('button', { name: 'Send anyway' }).click();
      await expectSentOnce(page, FLAGGED);
      await expect(card(page)).toHaveCount(0);
    });

    test('the card is keyboard-usable: Tab cycles inside it, Escape closes it', async () => {
      await write(FLAGGED);
      await pressSend(page, siteId);
      const dialog = card(page);
      await expect(dialog.getByRole('button', { name: 'Edit' })).toBeFocused();
      const buttons = await dialog.getByRole('button').count();
      for (let i = 0; i < buttons; i++) await page.keyboard.press('Tab');
      await expect(dialog.getByRole('button', { name: 'Edit' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      expect(await composerText(page)).toBe(FLAGGED);
      expect(await sentTexts(page)).toEqual([]);
    });

    test('an applied suggestion replaces the phrase in the editor and is what gets sent', async () => {
      await write(FLAGGED);
      await pressSend(page, siteId);
      const suggestion = card(page)
        .getByRole('button', { name: /^Replace/ })
        .first();
      const replacement = (await suggestion.textContent())?.trim() ?? '';
      expect(replacement).not.toBe('');
      await suggestion.click();
      await expect(card(page)).toBeHidden();
      await expect.poll(() => composerText(page)).toBe(replacement);
      await pressSend(page, siteId);
      await expectSentOnce(page, replacement);
    });

    test(`${site.newlineKey} adds a new line instead of sending`, async () => {
      await write('Hope your week');
      await page.keyboard.press(site.newlineKey);
      await page.keyboard.type('is going well');
      await expect.poll(() => composerText(page)).toBe('Hope your week\nis going well');
      expect(await sentTexts(page)).toEqual([]);
      await pressSend(page, siteId);
      await expectSentOnce(page, 'Hope your week\nis going well');
    });

    test('Enter during IME composition is left to the editor', async ({ context }) => {
      await write(FLAGGED);
      await page.evaluate(() => {
        const seen: { composing: boolean; prevented: boolean }[] = [];
        (window as unknown as { __enters: typeof seen }).__enters = seen;
        window.addEventListener('keydown', (e) => {
          if (e.key === 'Enter') seen.push({ composing: e.isComposing, prevented: e.defaultPrevented });
        });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Input.imeSetComposition', { text: 'か', selectionStart: 1, selectionEnd: 1 });
      await page.keyboard.press('Enter');
      const enters = await page.evaluate(() => (window as unknown as { __enters: unknown[] }).__enters);
      // The Enter reached the page's own (bubble-phase) listener, untouched by the guard.
      expect(enters).toEqual([{ composing: true, prevented: false }]);
      await page.waitForTimeout(SETTLE_MS);
      await expect(card(page)).toHaveCount(0);
      await cdp.detach();
    });

    if (site.sendButton) {
      test('a click on the send button is caught', async () => {
        await write(FLAGGED);
        await page.locator(site.sendButton!).first().waitFor();
        await clickSend(page, siteId);
        await expect(card(page)).toBeVisible();
        await page.waitForTimeout(SETTLE_MS);
        expect(await sentTexts(page)).toEqual([]);
        expect(await composerText(page)).toBe(FLAGGED);
      });
    }

    test('switching conversations rebinds: the new chat is reported and guarded', async ({ extensionId }) => {
      const [first, second] = site.conversations;
      await composer(page, siteId).click();
      await expect.poll(async () => (await coachView(page, extensionId)).focus?.ref.displayName).toBeTruthy();
      const before = (await coachView(page, extensionId)).focus!.ref;
      await switchConversation(page, siteId, second!.id);
      await expect
        .poll(async () => (await coachView(page, extensionId)).focus?.ref.conversationId)
        .not.toBe(before.conversationId);
      expect(first).toBeTruthy();
      await write(FLAGGED);
      await pressSend(page, siteId);
      await expect(card(page)).toBeVisible();
      await page.waitForTimeout(SETTLE_MS);
      expect(await sentTexts(page)).toEqual([]);
    });

    test('an analyzer failure still sends the message (fail open) and is logged', async () => {
      const errors: string[] = [];
      page.on('console', (m: ConsoleMessage) => m.type() === 'error' && errors.push(m.text()));
      await composer(page, siteId).click();
      await waitForAnalyzer(page);
      // Break a built-in the analyzer relies on, inside the content script's isolated world only.
      await evaluateInGuard(
        page,
        `String.prototype.toLowerCase = () => { throw new Error('injected fault'); }; 1`,
      );
      await write(FLAGGED);
      await pressSend(page, siteId);
      await expectSentOnce(page, FLAGGED);
      expect(errors.some((e) => e.startsWith('[rekindle]'))).toBe(true);
    });
  });
}
