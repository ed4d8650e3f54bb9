import { defineSite, segmentAfter } from './define-site';

// chat-sites.md §2.11: Angular app with a plain textarea and data-e2e-* hooks.
export const googleMessages = defineSite({
  id: 'google-messages',
  matches: ['https://messages.google.com/*'],
  composer: ['textarea[data-e2e-message-input-box]', 'mws-message-compose textarea'],
  scope: 'mws-message-compose, [data-e2e-message-input]',
  sendButton: ['button[data-e2e-send-text-button]'],
  conversation(_composer, doc) {
    const id = segmentAfter(doc.location.pathname, 'conversations');
    if (!id || id === 'new') return null;
    const name = doc.querySelector('[data-e2e-conversation-name], .title-container h2')?.textContent?.trim();
    return { conversationId: id, displayName: name || id };
  },
});
