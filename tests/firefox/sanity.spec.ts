// Firefox ESR with the production build installed: the fixtures load at the real sites' URLs, the
// shipped content script runs there (its shadow-root host appears once a message box is focused), and
// an ordinary message still goes out exactly once through each site's own send path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickSend,
  composerText,
  conversationId,
  eventually,
  type FirefoxSession,
  launchFirefox,
  openSite,
  pressSend,
  type SiteId,
  sentMessages,
  sites,
  switchConversation,
  typeInComposer,
} from './harness';

const GUARD_HOST = 'rekindle-guard';
const BENIGN = 'Hope your week is going well';

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

describe('Firefox: fixtures at the real URLs with the extension installed', () => {
  it('installs the production build as a temporary add-on', () => {
    expect(session.extensionId).toMatch(/\S+/);
  });

  const editors: SiteId[] = ['whatsapp', 'discord', 'slack', 'tinder', 'linkedin'];
  for (const siteId of editors) {
    it(`${siteId}: content script runs, a benign message is sent once, unchanged`, async () => {
      const page = await openSite(session.browser, siteId);
      try {
        expect(page.url()).toBe(sites[siteId].url);
        await typeInComposer(page, siteId, BENIGN);
        await eventually(
          () => page.evaluate((tag) => document.querySelector(tag) !== null, GUARD_HOST),
          10_000,
          `<${GUARD_HOST}> from the content script`,
        );
        expect(await composerText(page)).toBe(BENIGN);
        await pressSend(page, siteId);
        await eventually(async () => (await sentMessages(page)).length > 0, 10_000, 'the send');
        expect(await sentMessages(page)).toEqual([
          { text: BENIGN, conversationId: sites[siteId].conversations[0]!.id, via: 'enter' },
        ]);
        expect(await composerText(page)).toBe('');
      } finally {
        await page.close();
      }
    });
  }

  it('instagram: the send button (a div[role=button] "Send" shown with text) sends once', async () => {
    const page = await openSite(session.browser, 'instagram');
    try {
      await typeInComposer(page, 'instagram', 'Congrats on the new place');
      await clickSend(page, 'instagram');
      await eventually(async () => (await sentMessages(page)).length > 0, 10_000, 'the send');
      expect(await sentMessages(page)).toEqual([
        {
          text: 'Congrats on the new place',
          conversationId: sites.instagram.conversations[0]!.id,
          via: 'button',
        },
      ]);
    } finally {
      await page.close();
    }
  });

  it('switching conversation in Firefox re-mounts the composer and sends to the new chat', async () => {
    const page = await openSite(session.browser, 'messenger');
    try {
      const second = sites.messenger.conversations[1]!.id;
      await switchConversation(page, 'messenger', second);
      expect(await conversationId(page)).toBe(second);
      expect(page.url()).toBe(sites.messenger.conversationUrl(second));
      await typeInComposer(page, 'messenger', 'Good luck with the move');
      await pressSend(page, 'messenger');
      await eventually(async () => (await sentMessages(page)).length > 0, 10_000, 'the send');
      expect(await sentMessages(page)).toEqual([
        { text: 'Good luck with the move', conversationId: second, via: 'enter' },
      ]);
    } finally {
      await page.close();
    }
  });
});
