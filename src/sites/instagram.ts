import { defineSite, segmentAfter } from './define-site';
import { metaIncoming } from './meta';

// chat-sites.md §2.3: Lexical since 2026; the send control is a div[role=button] reading "Send".
export const instagram = defineSite({
  id: 'instagram',
  matches: ['https://www.instagram.com/*'],
  serves: ['https://www.instagram.com/direct/*'],
  composer: [
    'div[role="textbox"][contenteditable="true"][aria-label="Message"]',
    'div[role="textbox"][contenteditable="true"][aria-placeholder="Message..."]',
    '[data-lexical-editor="true"][role="textbox"]',
    // The textarea Instagram used before Lexical, placeholder "Message..." (localized).
    'textarea[placeholder^="Message"]',
    'textarea[aria-label^="Message"]',
    'div.notranslate[contenteditable="true"][role="textbox"]',
  ],
  isSendButton: (el) => el.getAttribute('role') === 'button' && el.textContent?.trim() === 'Send',
  conversation(_composer, doc) {
    const id = segmentAfter(doc.location.pathname, 't');
    if (!id) return null;
    const name = doc.querySelector('[role="main"] header h2, [role="main"] h2')?.textContent?.trim();
    return { conversationId: id, displayName: name || id };
  },
  incoming: metaIncoming,
  // Only the DM pages are served, where every text box is a message box (comments live elsewhere).
  generic: true,
});
