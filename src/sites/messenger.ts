import { defineSite, segmentAfter, textOf } from './define-site';
import { metaIncoming } from './meta';

// chat-sites.md §2.2: Lexical; messenger.com retired in 2026, facebook.com/messages is primary.
export const messenger = defineSite({
  id: 'messenger',
  matches: ['https://www.facebook.com/*', 'https://www.messenger.com/*'],
  serves: ['https://www.facebook.com/messages/*', 'https://www.messenger.com/*'],
  composer: [
    'div[role="textbox"][contenteditable="true"][aria-label="Message"]',
    '[role="main"] [data-lexical-editor="true"][role="textbox"]',
    'div[role="textbox"][contenteditable="true"][aria-multiline="true"]',
    // messenger.com labels the box "Write to <name>"; Lexical roots outside [role=main] (popups).
    '[role="textbox"][contenteditable="true"][aria-label^="Write to"]',
    '[data-lexical-editor="true"][role="textbox"]',
  ],
  sendButton: ['[aria-label="Press enter to send" i]', '[role="button"][aria-label="Send"]'],
  conversation(_composer, doc) {
    const path = doc.location.pathname;
    const id = segmentAfter(path, 't');
    if (!id) return null;
    const name = textOf(
      doc.querySelector('[role="main"] h2') ?? doc.querySelector('[role="main"] [role="heading"]'),
    );
    return { conversationId: path.includes('/e2ee/') ? `e2ee:${id}` : id, displayName: name || id };
  },
  incoming: metaIncoming,
});
