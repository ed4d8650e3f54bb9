// Proves each fixture behaves like its site WITHOUT the extension: plain Chromium, no Rekindle.
// If one of these fails, guard tests on that fixture mean nothing.
import { type Browser, type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import {
  clickSend,
  composer,
  composerText,
  conversationId,
  demoUrl,
  openDemo,
  openSite,
  pressSend,
  receiveMessage,
  type SiteId,
  sendButton,
  sentMessages,
  siteIds,
  sites,
  switchConversation,
  typeInComposer,
} from './sites';

// No extension here: with more than one worker these tests may run side by side.
test.describe.configure({ mode: 'parallel' });

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
});
test.afterAll(async () => {
  await browser.close();
});
test.beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
});
test.afterEach(async () => {
  await context.close();
  expect(pageErrors, 'the fixture page threw').toEqual([]);
});

for (const siteId of siteIds) {
  const site = sites[siteId];
  const [firstChat, secondChat] = site.conversations;

  test.describe(`${siteId} fixture`, () => {
    test('is served at the real URL and names the open conversation', async () => {
      await openSite(context, page, siteId);
      expect(page.url()).toBe(site.url);
      expect(await conversationId(page)).toBe(firstChat!.id);
      await expect(composer(page, siteId)).toHaveCount(1);
      await expect(composer(page, siteId)).toBeEditable();
    });

    test(`typing then ${site.sendKey} sends the exact text once and clears the box`, async () => {
      await openSite(context, page, siteId);
      await typeInComposer(page, siteId, 'Hope your week is going well');
      expect(await composerText(page, siteId)).toBe('Hope your week is going well');
      expect(await sentMessages(page)).toEqual([]);
      await pressSend(page, siteId);
      expect(await sentMessages(page)).toEqual([
        {
          text: 'Hope your week is going well',
          conversationId: firstChat!.id,
          via: site.sendKey === 'Enter' ? 'enter' : 'ctrl-enter',
        },
      ]);
      expect(await composerText(page, siteId)).toBe('');
      await expect(page.getByText('Hope your week is going well')).toBeVisible();
      await pressSend(page, siteId);
      expect(await sentMessages(page), 'an empty box sends nothing').toHaveLength(1);
    });

    test(`${site.newlineKey} adds a newline without sending`, async () => {
      await openSite(context, page, siteId);
      await typeInComposer(page, siteId, 'first line\nsecond line');
      expect(await composerText(page, siteId)).toBe('first line\nsecond line');
      expect(await sentMessages(page)).toEqual([]);
      await pressSend(page, siteId);
      expect((await sentMessages(page)).map((m) => m.text)).toEqual(['first line\nsecond line']);
    });

    test('an Enter keydown during IME composition is not a send', async () => {
      await openSite(context, page, siteId);
      await typeInComposer(page, siteId, 'konnichiwa');
      await composer(page, siteId).evaluate((box, key) => {
        const ctrlKey = key === 'Control+Enter';
        box.dispatchEvent(
          new KeyboardEvent('keydown', {
            key: 'Enter',
            code: 'Enter',
            keyCode: 229,
            ctrlKey,
            isComposing: true,
            bubbles: true,
            cancelable: true,
            composed: true,
          }),
        );
      }, site.sendKey);
      expect(await sentMessages(page)).toEqual([]);
      expect(await composerText(page, siteId)).toContain('konnichiwa');
    });

    if (site.sendButton) {
      test('the send button sends the exact text once', async () => {
        await openSite(context, page, siteId);
        if (site.sendButtonNeedsText) await expect(sendButton(page, siteId)).toHaveCount(0);
        await typeInComposer(page, siteId, 'Thinking of you, no pressure');
        await clickSend(page, siteId);
        expect(await sentMessages(page)).toEqual([
          { text: 'Thinking of you, no pressure', conversationId: firstChat!.id, via: site.buttonVia },
        ]);
        expect(await composerText(page, siteId)).toBe('');
      });
    }

    test('switching conversation changes the id and re-mounts the composer', async () => {
      await openSite(context, page, siteId);
      const before = await composer(page, siteId).elementHandle();
      const mountsBefore = await page.evaluate(() => window.__fixture.composerMounts);
      await typeInComposer(page, siteId, 'left unsent');
      await switchConversation(page, siteId, secondChat!.id);
      expect(await conversationId(page)).toBe(secondChat!.id);
      if (site.urlCarriesConversation) expect(page.url()).toBe(site.conversationUrl(secondChat!.id));
      else expect(page.url()).toBe(site.url);
      // A new editor element (Telegram A keeps the old one, stale, in an inactive slide).
      expect(await composer(page, siteId).evaluate((node, old) => node !== old, before)).toBe(true);
      expect(await page.evaluate(() => window.__fixture.composerMounts)).toBe(mountsBefore + 1);
      expect(await composerText(page, siteId)).toBe('');
      await typeInComposer(page, siteId, 'hello there');
      await pressSend(page, siteId);
      expect(await sentMessages(page)).toEqual([
        {
          text: 'hello there',
          conversationId: secondChat!.id,
          via: site.sendKey === 'Enter' ? 'enter' : 'ctrl-enter',
        },
      ]);
      if (site.urlCarriesConversation) {
        await page.goBack();
        await page.waitForFunction((id) => window.__fixture.conversationId === id, firstChat!.id);
        await expect(composer(page, siteId)).toHaveCount(1);
      }
    });

    test('opening a conversation directly works', async () => {
      await openSite(context, page, siteId, secondChat!.id);
      expect(await conversationId(page)).toBe(secondChat!.id);
      await typeInComposer(page, siteId, 'direct');
      await pressSend(page, siteId);
      expect((await sentMessages(page))[0]?.conversationId).toBe(secondChat!.id);
    });

    test('receive() shows an incoming message and sends nothing', async () => {
      await openSite(context, page, siteId);
      await receiveMessage(page, 'Hey, good to hear from you');
      await expect(page.getByText('Hey, good to hear from you')).toBeVisible();
      expect(await sentMessages(page)).toEqual([]);
    });
  });
}

test('what is sent is the editor state, not DOM text the editor never saw (React textarea)', async () => {
  const siteId: SiteId = 'tinder';
  await openSite(context, page, siteId);
  await typeInComposer(page, siteId, 'typed by the user');
  // A write that bypasses React's value tracker and fires no input event: React state never sees it.
  await composer(page, siteId).evaluate((box) => {
    (box as HTMLTextAreaElement).value = 'written behind React';
  });
  await composer(page, siteId).focus();
  await pressSend(page, siteId);
  expect((await sentMessages(page)).map((m) => m.text)).toEqual(['typed by the user']);
});

test.describe('site quirks the guard has to live with', () => {
  test('Messenger also answers at messenger.com/t/<id>, and its empty box offers a Like that sends', async () => {
    const [, sam] = sites.messenger.conversations;
    await openSite(context, page, 'messenger', undefined, { url: `https://www.messenger.com/t/${sam!.id}/` });
    expect(await conversationId(page)).toBe(sam!.id);
    await page.locator('div[role="button"][aria-label="Send a Like"]').click();
    expect(await sentMessages(page)).toEqual([{ text: '👍', conversationId: sam!.id, via: 'button' }]);
    await typeInComposer(page, 'messenger', 'hi');
    await expect(page.locator('div[role="button"][aria-label="Send a Like"]')).toHaveCount(0);
    await switchConversation(page, 'messenger', sites.messenger.conversations[0]!.id);
    expect(page.url()).toBe(`https://www.messenger.com/t/${sites.messenger.conversations[0]!.id}/`);
  });

  test('WhatsApp has a second Lexical editor (chat search, data-tab=3) that never sends', async () => {
    await openSite(context, page, 'whatsapp');
    const search = page.locator('#side [data-lexical-editor="true"][data-tab="3"]');
    await search.click();
    await page.keyboard.type('Sam');
    await page.keyboard.press('Enter');
    expect(await sentMessages(page)).toEqual([]);
    await expect(page.locator('[data-lexical-editor="true"]')).toHaveCount(2);
  });

  test("WhatsApp's :emoji suggestions take Enter while open (pick, not send)", async () => {
    await openSite(context, page, 'whatsapp');
    await typeInComposer(page, 'whatsapp', 'see you soon :smi');
    await expect(page.locator('#emoji-suggestion[role="listbox"]')).toBeVisible();
    await page.keyboard.press('Enter');
    expect(await sentMessages(page)).toEqual([]);
    expect(await composerText(page, 'whatsapp')).toBe('see you soon 😄');
    await expect(page.locator('#emoji-suggestion')).toBeHidden();
    await page.keyboard.press('Enter');
    expect((await sentMessages(page)).map((m) => m.text)).toEqual(['see you soon 😄']);
  });

  test("Discord's empty box holds Slate's placeholder inside the editor, which is not draft text", async () => {
    await openSite(context, page, 'discord');
    await expect(composer(page, 'discord').locator('[data-slate-placeholder]')).toHaveText('Message @alex');
    expect(await composerText(page, 'discord')).toBe('');
    await expect(page.locator('[role="combobox"]')).toHaveCount(1);
  });

  test("Telegram's send button only sends in its 'send' state and the hidden clone is not the composer", async () => {
    await openSite(context, page, 'telegram');
    await expect(page.locator('.input-message-input[contenteditable="true"]')).toHaveCount(2);
    await clickSend(page, 'telegram');
    expect(await sentMessages(page)).toEqual([]);
    await typeInComposer(page, 'telegram', 'hey');
    await expect(sendButton(page, 'telegram')).toHaveClass(/\bsend\b/);
  });

  test('Slack: "Reply in thread" adds a second Quill composer whose Enter replies in the thread', async () => {
    await openSite(context, page, 'slack');
    await receiveMessage(page, 'Are you coming on Saturday?');
    await typeInComposer(page, 'slack', 'half-written channel message');
    await page.getByRole('button', { name: 'Reply in thread' }).click();
    const threadBox = page.locator(
      '.p-threads_view__input [data-qa="message_input"] .ql-editor[role="textbox"]',
    );
    await expect(page.locator('.ql-editor[role="textbox"]')).toHaveCount(2);
    await threadBox.click();
    await page.keyboard.type('Yes, see you there');
    await page.keyboard.press('Enter');
    const [sent] = await sentMessages(page);
    expect(sent).toMatchObject({ text: 'Yes, see you there', conversationId: 'D0ALEX00001', via: 'enter' });
    expect(sent!.thread).toMatch(/^\d+\.\d+$/);
    expect(await composerText(page, 'slack')).toBe('half-written channel message');
    await expect(
      page.getByRole('complementary', { name: 'Thread' }).getByText('Yes, see you there'),
    ).toBeVisible();
  });

  test('Telegram A: state re-render undoes silent DOM edits, stray typing lands in the composer, a stale composer stays', async () => {
    const siteId: SiteId = 'telegram-a';
    await openSite(context, page, siteId);
    await typeInComposer(page, siteId, 'typed');
    await composer(page, siteId).evaluate((box) => {
      box.textContent = 'written behind its back';
    });
    expect(await composerText(page, siteId)).toBe('typed');
    await receiveMessage(page, 'hello?');
    await expect(composer(page, siteId)).toHaveText('typed');
    await page.locator('.MessageList').click();
    await page.keyboard.type('!');
    expect(await composerText(page, siteId)).toBe('typed!');
    await switchConversation(page, siteId, sites[siteId].conversations[1]!.id);
    await expect(page.locator('#editable-message-text')).toHaveCount(2);
    await expect(composer(page, siteId)).toHaveCount(1);
    await typeInComposer(page, siteId, 'to the group');
    await pressSend(page, siteId);
    expect((await sentMessages(page)).map((m) => m.conversationId)).toEqual([
      sites[siteId].conversations[1]!.id,
    ]);
  });

  test("Gmail's Send acts on mouseup (Closure button): a bare click event does not send", async () => {
    await openSite(context, page, 'gmail');
    await typeInComposer(page, 'gmail', 'hello');
    await sendButton(page, 'gmail').dispatchEvent('click');
    expect(await sentMessages(page)).toEqual([]);
    await sendButton(page, 'gmail').focus();
    await page.keyboard.press('Enter');
    expect((await sentMessages(page)).map((m) => m.via)).toEqual(['button']);
  });

  test('LinkedIn: composer in the open shadow root of #interop-outlet; "Click Send" mode shows a submit button', async () => {
    await openSite(context, page, 'linkedin');
    expect(await composer(page, 'linkedin').evaluate((box) => box.getRootNode() instanceof ShadowRoot)).toBe(
      true,
    );
    await expect(page.locator('button.msg-form__send-button')).toHaveCount(0);
    // The editor re-creates its nodes on focus: a node taken before focusing is gone afterwards.
    const before = await composer(page, 'linkedin').evaluateHandle((box) => box.firstChild!);
    await composer(page, 'linkedin').click();
    expect(await before.evaluate((node) => node.isConnected)).toBe(false);
    await page.locator('button.msg-form__send-toggle').click();
    await page.getByRole('menuitemradio', { name: 'Click Send' }).click();
    await typeInComposer(page, 'linkedin', 'line one');
    await page.keyboard.press('Enter');
    await page.keyboard.type('line two');
    expect(await sentMessages(page)).toEqual([]);
    expect(await composerText(page, 'linkedin')).toBe('line one\nline two');
    await page.locator('button.msg-form__send-button[type="submit"]').click();
    expect(await sentMessages(page)).toEqual([
      { text: 'line one\nline two', conversationId: sites.linkedin.conversations[0]!.id, via: 'submit' },
    ]);
  });

  test("Slack's Quill container carries data-qa=message_input; the .ql-editor inside is the textbox", async () => {
    await openSite(context, page, 'slack');
    await expect(page.locator('[data-qa="message_input"].ql-container > .ql-editor')).toHaveAttribute(
      'aria-label',
      'Message Alex Morgan',
    );
  });
});

test('the demo page: a chat with Alex at web.whatsapp.com, WhatsApp composer, Alex answers', async () => {
  await openDemo(context, page);
  expect(page.url()).toBe(demoUrl);
  await expect(page.getByRole('complementary', { name: 'How to try Rekindle' })).toBeVisible();
  await expect(page.getByText("How's the new job going?")).toBeVisible();
  expect(await conversationId(page)).toBe('alex');
  await typeInComposer(page, 'whatsapp', "Work's going well, thanks!");
  await clickSend(page, 'whatsapp');
  expect(await sentMessages(page)).toEqual([
    { text: "Work's going well, thanks!", conversationId: 'alex', via: 'button' },
  ]);
  await expect(page.locator('.message-in')).toHaveCount(3);
});
