import { defineSite, segmentAfter } from './define-site';

// chat-sites.md §2.9: legacy DMs (Draft.js) and X Chat (textarea). Tweets are not messages: no generic.
export const x = defineSite({
  id: 'x',
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  composer: [
    '[data-testid="dmComposerTextInput"]',
    'textarea[data-testid="dm-composer-textarea"]',
    '[data-testid*="dmComposer"]:not([data-testid*="Button"])',
    '[data-testid*="dm-composer"]:not([data-testid*="button"])',
    '[data-testid="DMDrawer"] [role="textbox"]',
  ],
  sendButton: [
    '[data-testid="dmComposerSendButton"]',
    '[data-testid="dm-composer-send-button"]',
    '[data-testid*="dmComposerSend"]',
    '[data-testid*="dm-composer-send"]',
  ],
  conversation(_composer, doc) {
    const path = doc.location.pathname;
    const id = segmentAfter(path, 'chat') ?? segmentAfter(path, 'messages');
    return id ? { conversationId: id, displayName: id } : null;
  },
  // Posts are not messages: the fallback only guards boxes on the chat pages.
  generic: ['https://x.com/i/chat/*', 'https://x.com/messages/*', 'https://twitter.com/messages/*'],
});
