import { defineSite, segmentAfter } from './define-site';

// chat-sites.md §2.9: legacy DMs (Draft.js) and X Chat (textarea). Tweets are not messages: no generic.
export const x = defineSite({
  id: 'x',
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  composer: ['[data-testid="dmComposerTextInput"]', 'textarea[data-testid="dm-composer-textarea"]'],
  sendButton: ['[data-testid="dmComposerSendButton"]', '[data-testid="dm-composer-send-button"]'],
  conversation(_composer, doc) {
    const path = doc.location.pathname;
    const id = segmentAfter(path, 'chat') ?? segmentAfter(path, 'messages');
    return id ? { conversationId: id, displayName: id } : null;
  },
  generic: false,
});
