import { defineSite, modEnterSends } from './define-site';

// chat-sites.md §2.8: Enter is a new line in Gmail; Ctrl/Cmd+Enter or the Send button sends.
export const gmail = defineSite({
  id: 'gmail',
  matches: ['https://mail.google.com/*'],
  composer: [
    'div[aria-label="Message Body"][role="textbox"][contenteditable="true"]',
    'div.M9 div[contenteditable="true"][g_editable]',
  ],
  scope: '.M9, .AO, [role="dialog"], form',
  sendButton: ['div[role="button"][data-tooltip^="Send"]', 'div[role="button"].T-I.T-I-atl'],
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
