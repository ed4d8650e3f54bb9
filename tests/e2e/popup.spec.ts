import type { BrowserContext, Page } from '@playwright/test';
import { expectAxeClean, sam, send } from './coach-helpers';
import { expect, test } from './harness';

/** The popup page, opened as a tab; conversationOpened from it makes its own tab show Sam's chat. */
async function popupWithCooldown(
  context: BrowserContext,
  openExtensionPage: (f: string) => Promise<Page>,
): Promise<Page> {
  await settleStartupTabs(context);
  const page = await openExtensionPage('popup.html');
  await expect(page.getByRole('heading', { name: 'For this stage' })).toBeVisible();
  await send(page, 'conversationOpened', sam);
  await send(page, 'messageSent', { ref: sam, outcome: 'sentClean' });
  return page;
}

/**
 * A fresh install opens a welcome tab; the popup asks for the active tab when it loads, so let that
 * tab appear first and the popup's own tab be the active one.
 */
async function settleStartupTabs(context: BrowserContext): Promise<void> {
  if (context.pages().some((p) => p.url().includes('welcome'))) return;
  await context
    .waitForEvent('page', { predicate: (p) => p.url().includes('welcome'), timeout: 3000 })
    .catch(() => undefined);
}

test('shows the stage, its checklist and a running countdown for the current tab’s chat', async ({
  context,
  openExtensionPage,
  background,
}) => {
  const page = await popupWithCooldown(context, openExtensionPage);
  await expect(page.getByTestId('stage-name')).toHaveText('Light first contact');
  await expect(page.locator('[aria-current="step"]')).toContainText('Light first contact');
  await expect(page.getByRole('checkbox')).toHaveCount(5);

  // The background broadcast the change: the countdown appears without reloading, and it runs.
  const timer = page.getByRole('timer');
  await expect(timer).toBeVisible();
  const first = await timer.textContent();
  expect(first).toMatch(/^2[34]:\d\d:\d\d$/);
  await expect.poll(() => timer.textContent(), { timeout: 4000 }).not.toBe(first);
  await expect(page.getByText('before writing to Sam again')).toBeVisible();

  // The toolbar badge shows the time left for this tab's conversation.
  const tabId = await page.evaluate(
    async () =>
      (
        await (
          globalThis as unknown as { chrome: typeof import('wxt/browser').browser }
        ).chrome.tabs.getCurrent()
      )?.id,
  );
  const badge = await background.evaluate(
    (id) =>
      (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.action.getBadgeText({
        tabId: id,
      }),
    tabId,
  );
  expect(badge).toBe('24h');
  await page.locator('main').screenshot({ path: 'artifacts/screenshots/popup-countdown.png' });
});

test('checklist ticks survive a reload; a complete list offers the next stage, and back is possible', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  const boxes = page.getByRole('checkbox');
  await expect(boxes).toHaveCount(5);
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await expect(boxes.nth(2)).toBeChecked();
  await page.reload();
  await expect(page.getByRole('checkbox').nth(0)).toBeChecked();
  await expect(page.getByRole('checkbox').nth(1)).not.toBeChecked();
  await expect(page.getByRole('checkbox').nth(2)).toBeChecked();

  await expect(page.getByRole('button', { name: /Move on to/ })).toHaveCount(0);
  for (const i of [1, 3, 4]) await page.getByRole('checkbox').nth(i).check();
  await page.getByRole('button', { name: 'Move on to Take it slow' }).click();
  await expect(page.getByTestId('stage-name')).toHaveText('Take it slow');
  await expect(page.getByRole('checkbox')).toHaveCount(4);
  await page.getByRole('button', { name: 'Go back to Light first contact' }).click();
  await expect(page.getByTestId('stage-name')).toHaveText('Light first contact');
  await expect(page.getByRole('checkbox').nth(4)).toBeChecked();
});

test('"They replied" ends the countdown', async ({ context, openExtensionPage }) => {
  const page = await popupWithCooldown(context, openExtensionPage);
  await expect(page.getByRole('timer')).toBeVisible();
  await page.getByRole('button', { name: 'They replied' }).click();
  await expect(page.getByRole('timer')).toHaveCount(0);
  await expect(page.getByTestId('no-cooldown')).toHaveText('No waiting time running for Sam.');
  const state = (await send(page, 'getGuardState', sam)) as { cooldown: unknown };
  expect(state.cooldown).toBeNull();
});

test('pausing the guard for 15 minutes unguards chats until resumed', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('popup.html');
  await page.getByRole('button', { name: 'Pause for 15 minutes' }).click();
  await expect(page.getByTestId('paused')).toContainText('Paused until');
  const paused = (await send(page, 'getGuardState', sam)) as { guarded: boolean; pausedUntil: number };
  expect(paused.guarded).toBe(false);
  expect(paused.pausedUntil - Date.now()).toBeGreaterThan(14 * 60_000);
  expect(paused.pausedUntil - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  await page.getByRole('button', { name: 'Resume now' }).click();
  await expect(page.getByRole('button', { name: 'Pause for 1 hour' })).toBeVisible();
  expect(((await send(page, 'getGuardState', sam)) as { guarded: boolean }).guarded).toBe(true);
});

test('recording that they asked for space switches the chat to no contact and points to support', async ({
  context,
  openExtensionPage,
}) => {
  const page = await popupWithCooldown(context, openExtensionPage);
  await page.getByRole('button', { name: 'Has Sam asked for space?' }).click();
  await page.getByRole('button', { name: 'They asked for space' }).click();
  await expect(page.getByTestId('stage-name')).toHaveText('No contact');
  await expect(page.getByTestId('no-contact')).toContainText('a friend you trust');
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  const state = (await send(page, 'getGuardState', sam)) as { noContact: boolean; guarded: boolean };
  expect(state).toMatchObject({ noContact: true, guarded: true });
  await page.locator('main').screenshot({ path: 'artifacts/screenshots/popup-no-contact.png' });
  await expectAxeClean(page);
});

test('the popup is keyboard-usable and axe-clean in light and dark', async ({
  context,
  openExtensionPage,
}) => {
  const page = await popupWithCooldown(context, openExtensionPage);
  await expect(page.getByRole('timer')).toBeVisible();
  // Keyboard: Tab reaches the first checklist item and Space ticks it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox').first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  await expectAxeClean(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('main').screenshot({ path: 'artifacts/screenshots/popup-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.locator('main').screenshot({ path: 'artifacts/screenshots/popup-light.png' });
});
