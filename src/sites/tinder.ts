import { defineSite, segmentAfter } from './define-site';

// chat-sites.md §2.12: React-controlled textarea in a form whose submit button sends.
export const tinder = defineSite({
  id: 'tinder',
  matches: ['https://tinder.com/*'],
  composer: [
    'form textarea[placeholder]',
    'textarea[placeholder="Type a message"]',
    '[class*="sendMessageForm"] textarea',
  ],
  scope: 'form',
  sendButton: ['button[type="submit"]'],
  conversation(_composer, doc) {
    const id = segmentAfter(doc.location.pathname, 'messages');
    if (!id) return null;
    const name = doc.querySelector('main h1, [role="main"] h1, main h3')?.textContent?.trim();
    return { conversationId: id, displayName: name || id };
  },
  incoming: {
    row: '.msgHelper',
    text: (row) =>
      row.querySelector('.msg--sent')
        ? null
        : ((row.querySelector('.text') ?? row).textContent?.trim() ?? ''),
  },
});
