import { expect, test } from './harness';

test('the production build loads in Chromium with a running service worker', async ({
  background,
  extensionId,
}) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await background.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
});
