import type { browser } from 'wxt/browser';
import { expect, test } from './harness';

test('the production build loads in Chromium with a running service worker', async ({
  background,
  extensionId,
}) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await background.evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.getManifest(),
  );
  expect(manifest.manifest_version).toBe(3);
});
