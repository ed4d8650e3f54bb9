// The guard and the coach together on one fixture (WhatsApp): cooldown against double texting, a
// reply ending it, and a boundary message turning the chat into no contact.
import { BENIGN, card, coachView, FLAGGED, indicator, waitForAnalyzer } from './guard-helpers';
import { expect, test } from './harness';
import { saveScreenshot } from './screenshots';
import {
  composer,
  openSite,
  pressSend,
  receiveMessage,
  sentMessages,
  sites,
  switchConversation,
  typeInComposer,
} from './sites';

const SITE = 'whatsapp';

test('a clean send starts the cooldown; the next message is held as a double text until they reply', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openSite(context, page, SITE);
  await typeInComposer(page, SITE, BENIGN);
  await waitForAnalyzer(page);
  await pressSend(page, SITE);
  await expect.poll(async () => (await sentMessages(page)).length).toBe(1);
  await expect.poll(async () => (await coachView(page, extensionId)).focus?.cooldown ?? null).not.toBeNull();

  await typeInComposer(page, SITE, 'Also, how was the trip?');
  await pressSend(page, SITE);
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText('You sent the last message');
  expect(await sentMessages(page)).toHaveLength(1);
  await card(page).getByRole('button', { name: 'Edit' }).click();

  await receiveMessage(page, 'hey! sorry I was busy, the trip was great');
  await expect.poll(async () => (await coachView(page, extensionId)).focus?.cooldown ?? null).toBeNull();
  // The background pushes the change; the guard's next verdict no longer holds.
  await expect
    .poll(async () => {
      await pressSend(page, SITE);
      return (await sentMessages(page)).length;
    })
    .toBe(2);
  expect((await sentMessages(page))[1]?.text).toBe('Also, how was the trip?');
});

test('a boundary message from them switches the chat to no contact: every send is held, kindly', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openSite(context, page, SITE);
  await typeInComposer(page, SITE, BENIGN);
  await waitForAnalyzer(page);
  await receiveMessage(page, 'Please stop contacting me. I need space.');
  await expect.poll(async () => Boolean((await coachView(page, extensionId)).focus?.noContact)).toBe(true);
  await expect
    .poll(async () => {
      await pressSend(page, SITE);
      return card(page).isVisible();
    })
    .toBe(true);
  await expect(card(page)).toContainText('They asked for space');
  // Firm: only Options can lift no contact, so the card offers no way to send.
  await expect(card(page).getByRole('button', { name: /Send anyway/ })).toHaveCount(0);
  await expect(card(page)).toContainText('lift it in Options');
  expect(await sentMessages(page)).toEqual([]);
  await saveScreenshot(page, 'guard-card-no-contact');
});

test('the indicator shows the live verdict; "Don\'t guard this chat" lets that chat through', async ({
  context,
}) => {
  const page = await context.newPage();
  await openSite(context, page, SITE);
  await typeInComposer(page, SITE, FLAGGED);
  await waitForAnalyzer(page);
  await expect(indicator(page)).toHaveAccessibleName('Rekindle: this would be held');
  await indicator(page).click();
  await page.getByRole('menuitem', { name: "Don't guard this chat" }).click();
  await expect(indicator(page)).toHaveAccessibleName('Rekindle: not guarding this chat');
  await composer(page, SITE).click();
  await pressSend(page, SITE);
  await expect.poll(async () => (await sentMessages(page)).map((m) => m.text)).toEqual([FLAGGED]);
  await expect(card(page)).toHaveCount(0);
});

test('"This is my ex\'s chat" guards only that chat; "Pause for 15 minutes" pauses it too', async ({
  context,
}) => {
  const page = await context.newPage();
  await openSite(context, page, SITE);
  const [ex, friend] = sites[SITE].conversations;
  await composer(page, SITE).click();
  await waitForAnalyzer(page);
  await indicator(page).click();
  await page.getByRole('menuitem', { name: "This is my ex's chat" }).click();
  await switchConversation(page, SITE, friend!.id);
  await typeInComposer(page, SITE, FLAGGED);
  await expect(indicator(page)).toHaveAccessibleName('Rekindle: not guarding this chat');
  await pressSend(page, SITE);
  await expect.poll(async () => (await sentMessages(page)).map((m) => m.text)).toEqual([FLAGGED]);

  await switchConversation(page, SITE, ex!.id);
  await typeInComposer(page, SITE, FLAGGED);
  await pressSend(page, SITE);
  await expect(card(page)).toBeVisible();
  await card(page).getByRole('button', { name: 'Edit' }).click();
  await indicator(page).click();
  await page.getByRole('menuitem', { name: 'Pause for 15 minutes' }).click();
  await expect(indicator(page)).toHaveAccessibleName('Rekindle: not guarding this chat');
  await composer(page, SITE).click();
  await pressSend(page, SITE);
  await expect.poll(async () => (await sentMessages(page)).length).toBe(2);
});
