import { defineSite, modEnterSends } from './define-site';

// chat-sites.md §2.8: Enter is a new line in Gmail; Ctrl/Cmd+Enter or the Send button sends.
export const gmail = defineSite({
  id: 'gmail',
  matches: ['https://mail.google.com/*'],
  composer: [
    'div[aria-label="Message Body"][role="textbox"][contenteditable="true"]',
    'div.M9 div[contenteditable="true"][g_editable]',
    // Closure's body without role=textbox, and the new-message window (a dialog, not .M9).
    'div[aria-label="Message Body"][contenteditable="true"]',
    'div[g_editable="true"][contenteditable="true"]',
    'div.Am.editable[contenteditable="true"]',
    '[role="dialog"] div[contenteditable="true"][aria-multiline="true"]',
  ],
  scope: '.M9, .AO, [role="dialog"], form',
  sendButton: [
    'div[role="button"][data-tooltip^="Send"]',
    'div[role="button"].T-I.T-I-atl',
    'div[role="button"][aria-label^="Send"]',
  ],
  keyIntent: modEnterSends,
  conversation(composer, doc) {
    const compose = composer?.closest('.M9, .AO, [role="dialog"], form') ?? doc;
    const thread = compose.querySelector<HTMLInputElement>('input[name="rt"]')?.value;
    const draft = compose.querySelector<HTMLInputElement>(
      'input[name="draft"], input[name="composeid"]',
    )?.value;
    const to = compose.querySelector('[email]')?.getAttribute('email') ?? '';
    const id = thread || to || draft;
    return id ? { conversationId: id, displayName: to || id } : null;
  },
  generic: false,
});
