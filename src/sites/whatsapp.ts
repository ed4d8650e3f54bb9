import { defineSite, textOf } from './define-site';
import { shortHash } from './dom';

// chat-sites.md §2.1: Lexical composer in #main footer; the send button exists only while there is text.
export const whatsapp = defineSite({
  id: 'whatsapp',
  matches: ['https://web.whatsapp.com/*'],
  composer: [
    '#main footer [data-lexical-editor="true"][role="textbox"]',
    '#main footer div[contenteditable="true"][role="textbox"]',
    'div[contenteditable="true"][data-tab="10"]',
    // Label and placeholder forms seen over the years ("Type a message", "Type to <chat>").
    '#main [contenteditable="true"][role="textbox"]',
    '[contenteditable="true"][aria-placeholder="Type a message"]',
    '[contenteditable="true"][aria-label^="Type to "]',
  ],
  // The sidebar search box is Lexical too.
  exclude: ['[data-tab="3"]', '#side [contenteditable]'],
  scope: 'footer',
  sendButton: [
    'button:has(span[data-icon^="wds-ic-send"])',
    '[data-icon^="wds-ic-send"]',
    '[data-icon="send"]',
    '[data-icon="send-light"]',
    'button[aria-label="Send"]',
    '[role="button"][aria-label="Send"]',
    '[data-testid="send"]',
    '[data-testid="compose-btn-send"]',
  ],
  // The URL never names the chat: the header's title does (no phone number in today's DOM).
  conversation(_composer, doc) {
    const name = textOf(
      doc.querySelector('#main header span[title]') ?? doc.querySelector('#main header span[dir="auto"]'),
    );
    return name ? { conversationId: `wa-${shortHash(name)}`, displayName: name } : null;
  },
  incoming: {
    row: '#main .message-in',
    text: (row) => (row.querySelector('.selectable-text') ?? row).textContent?.trim() ?? '',
  },
});
