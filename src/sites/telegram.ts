import { defineSite } from './define-site';
import { shortHash } from './dom';

// chat-sites.md §2.4-2.5: Web K (tweb) and Web A (telegram-tt), both custom contenteditables.
export const telegram = defineSite({
  id: 'telegram',
  matches: ['https://web.telegram.org/*'],
  composer: [
    '.input-message-input[contenteditable="true"]:not(.input-field-input-fake)',
    '.Transition_slide-active #editable-message-text',
    '#editable-message-text',
  ],
  exclude: ['.input-field-input-fake'],
  scope: '.chat-input, .Composer, .middle-column-footer',
  sendButton: [
    '.btn-send-container button.btn-send',
    'button.btn-send',
    'button.Button.send',
    'button[aria-label="Send Message"]',
  ],
  conversation(composer, doc) {
    const peer = composer?.getAttribute('data-peer-id') || doc.location.hash.replace(/^#/, '');
    if (!peer) return null;
    const name = doc
      .querySelector('.chat-info .peer-title, .ChatInfo .fullName, .chat-info .title')
      ?.textContent?.trim();
    return {
      conversationId: peer.startsWith('@') ? `u-${shortHash(peer)}` : peer,
      displayName: name || peer,
    };
  },
  incoming: {
    row: '.bubble.is-in, .Message:not(.own)',
    text: (row) => (row.querySelector('.message, .text-content') ?? row).textContent?.trim() ?? '',
  },
});
