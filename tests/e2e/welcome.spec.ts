import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './harness';
import { saveScreenshot } from './screenshots';

async function welcomeTab(context: BrowserContext): Promise<Page> {
  const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
  return (
    context.pages().find(isWelcome) ??
    (await context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }))
  );
}

test('installing opens the welcome page, which explains stages, privacy and marking a chat', async ({
  context,
  extensionId,
}) => {
  const page = await welcomeTab(context);
  expect(new URL(page.url()).host).toBe(extensionId);
  await page.waitForLoadState();

  await expect(page).toHaveTitle('Welcome to Rekindle');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Rekindle');
  const stages = page.getByRole('region', { name: 'Six stages, one step at a time' }).getByRole('listitem');
  await expect(stages).toHaveCount(6);
  await expect(stages.first()).toContainText('Light first contact');
  await expect(stages.last()).toContainText('New chapter');
  await expect(page.getByRole('region', { name: 'What you write stays with you' })).toContainText(
    'makes no network requests at all',
  );
  await expect(page.getByRole('region', { name: "Mark your ex's chat" })).toContainText(
    "This is my ex's chat",
  );
  // No raw message keys: every string resolved through browser.i18n.
  expect(await page.locator('body').textContent()).not.toMatch(/\bwelcome_[a-z0-9_]+\b/);

  const light = await new AxeBuilder({ page }).analyze();
  expect(light.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await saveScreenshot(page, 'welcome');

  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await new AxeBuilder({ page }).analyze();
  expect(dark.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await saveScreenshot(page, 'welcome-dark');
});
