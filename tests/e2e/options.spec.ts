import { readFile } from 'node:fs/promises';
import { expectAxeClean, sam, send } from './coach-helpers';
import { expect, test } from './harness';

const alex = { site: 'discord', conversationId: 'dm-alex', displayName: 'Alex' };

test('a stage chosen in options shows at once in an open popup (broadcast)', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('stage-name')).toHaveText('Light first contact');
  const options = await openExtensionPage('options.html');
  await options.getByRole('radio', { name: /^3\. Honesty/ }).check();
  await expect(popup.getByTestId('stage-name')).toHaveText('Honesty');
  await options.reload();
  await expect(options.getByRole('radio', { name: /^3\. Honesty/ })).toBeChecked();
});

test('cooldown lengths are saved within their bounds', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  const stage1 = page.getByRole('spinbutton', { name: /1\. Light first contact/ });
  await stage1.fill('2');
  await page.getByRole('spinbutton', { name: /4\. Romance/ }).fill('10');
  await page.getByRole('button', { name: 'Save waiting times' }).click();
  // Never under 4 h in stages 1–3.
  await expect(stage1).toHaveValue('4');
  await page.reload();
  await expect(page.getByRole('spinbutton', { name: /4\. Romance/ })).toHaveValue('10');
  // A new cooldown in stage 4 uses the saved length.
  await send(page, 'setStage', 4);
  await send(page, 'messageSent', { ref: sam, outcome: 'sentClean' });
  const state = (await send(page, 'getGuardState', sam)) as {
    cooldown: { startedAt: number; endsAt: number };
  };
  expect(state.cooldown.endsAt - state.cooldown.startedAt).toBe(10 * 3_600_000);
});

test('strictness, quiet hours and rules switched off reach the guard state', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  await page.getByRole('radio', { name: /Hold until the waiting time is over/ }).check();
  await page.getByRole('combobox', { name: 'From' }).selectOption('22');
  const firstRule = page.locator('.rules input[type="checkbox"]').first();
  const ruleId = (await firstRule.getAttribute('name'))!.replace(/^rule-/, '');
  await firstRule.uncheck();
  await expect
    .poll(async () => (await send(page, 'getGuardState', sam)) as Record<string, unknown>)
    .toMatchObject({ strictness: 'until-cooldown', quietHours: { startHour: 22 }, disabledRules: [ruleId] });
  await page.reload();
  await expect(page.locator(`input[name="rule-${ruleId}"]`)).not.toBeChecked();
});

test('marked chats can be unmarked; no contact is lifted only after a confirmation', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  await send(page, 'setChatMark', { ref: sam, mark: 'ex' });
  await send(page, 'replySeen', { ref: sam, boundary: true });
  await send(page, 'setChatMark', { ref: alex, mark: 'unguarded' });
  const samRow = page.getByTestId('chat').filter({ hasText: 'Sam' });
  const alexRow = page.getByTestId('chat').filter({ hasText: 'Alex' });
  await expect(samRow).toContainText('No contact');
  await expect(alexRow).toContainText('not guarded (your choice)');

  await alexRow.getByRole('button', { name: 'Unmark Alex' }).click();
  // Sam is still marked as the ex's chat, so Alex is not guarded either way, but no longer by choice.
  await expect(alexRow).toContainText('· not guarded');
  await expect(alexRow).not.toContainText('your choice');

  await samRow.getByRole('button', { name: /Lift no contact for Sam/ }).click();
  await samRow.getByRole('button', { name: 'Cancel' }).click();
  expect(((await send(page, 'getGuardState', sam)) as { noContact: boolean }).noContact).toBe(true);
  await samRow.getByRole('button', { name: /Lift no contact for Sam/ }).click();
  await expect(samRow.getByRole('button', { name: 'Yes, lift it' })).toBeFocused();
  await samRow.getByRole('button', { name: 'Yes, lift it' }).click();
  await expect(samRow).toContainText("marked as your ex's chat");
  expect(((await send(page, 'getGuardState', sam)) as { noContact: boolean }).noContact).toBe(false);
});

test('export downloads settings and counts as JSON, with no chat names', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await send(page, 'recordOutcome', 'held');
  await send(page, 'messageSent', { ref: sam, outcome: 'sentAnyway' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export settings and counts' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^rekindle-export-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile((await download.path())!, 'utf8');
  const bundle = JSON.parse(text);
  expect(bundle).toMatchObject({ app: 'rekindle', settings: { strictness: 'warn' } });
  expect(Object.values(bundle.counts)).toEqual([{ held: 1, edited: 0, sentAnyway: 1, sentClean: 0 }]);
  expect(text).not.toContain('Sam');
});

test('reset everything asks first, then starts over', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await send(page, 'setStage', 5);
  await send(page, 'conversationOpened', sam);
  await expect(page.getByTestId('chat')).toHaveCount(1);
  await page.getByRole('button', { name: 'Reset everything…' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('radio', { name: /^5\./ })).toBeChecked();
  await page.getByRole('button', { name: 'Reset everything…' }).click();
  await page.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect(page.getByRole('radio', { name: /^1\./ })).toBeChecked();
  await expect(page.getByTestId('no-chats')).toBeVisible();
});

test('options is axe-clean in light and dark', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await send(page, 'setChatMark', { ref: sam, mark: 'ex' });
  await send(page, 'setChatMark', { ref: alex, mark: 'unguarded' });
  await expect(page.getByTestId('chat')).toHaveCount(2);
  await expectAxeClean(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: 'artifacts/screenshots/options-light.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'artifacts/screenshots/options-dark.png', fullPage: true });
});
