import { card, FLAGGED, waitForAnalyzer } from './guard-helpers';
import { expect, test } from './harness';
import { composerText, openSite, pressSend, sentMessages, typeInComposer } from './sites';

test('smoke whatsapp', async ({ context }) => {
  const page = await context.newPage();
  page.on('console', (m) => console.log('[page]', m.type(), m.text()));
  await openSite(context, page, 'whatsapp');
  await typeInComposer(page, 'whatsapp', FLAGGED);
  await waitForAnalyzer(page);
  await pressSend(page, 'whatsapp');
  await expect(card(page)).toBeVisible();
  expect(await sentMessages(page)).toEqual([]);
  expect(await composerText(page)).toBe(FLAGGED);
});
