import { defineSite, segmentAfter, textOf } from './define-site';
import { closestDeep, isShown } from './dom';

// chat-sites.md §2.10: plain contenteditable, often inside the open shadow root #interop-outlet.
// "Press Enter to send" mode renders no Send button; "Click Send" mode makes Enter a new line.
export const linkedin = defineSite({
  id: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  composer: [
    'div.msg-form__contenteditable[contenteditable="true"][role="textbox"]',
    'div.msg-form__contenteditable[contenteditable="true"]',
    'form.msg-form [contenteditable="true"][role="textbox"]',
  ],
  shadowHosts: ['#interop-outlet'],
  scope: 'form.msg-form',
  sendButton: [
    'button.msg-form__send-button',
    'button.msg-form__send-btn',
    'form.msg-form button[type="submit"]',
  ],
  keyIntent(event, composer) {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey) return 'other';
    if (event.ctrlKey || event.metaKey) return 'send';
    // Only "Click Send" mode renders the text button "Send"; when unsure, Enter is judged as a send.
    const clickSend = closestDeep(composer, 'form.msg-form')?.querySelector('button.msg-form__send-button');
    return clickSend && isShown(clickSend) ? 'other' : 'send';
  },
  conversation(composer, doc) {
    const id = segmentAfter(doc.location.pathname, 'thread');
    const bubble = composer?.closest('.msg-overlay-conversation-bubble');
    const name = textOf(
      bubble?.querySelector('.msg-overlay-bubble-header__title') ??
        doc.querySelector('.msg-entity-lockup__entity-title'),
    );
    if (bubble && name) return { conversationId: `bubble:${name}`, displayName: name };
    return id ? { conversationId: id, displayName: name || id } : null;
  },
  // The messaging pages hold only message boxes; elsewhere Enter in other fields writes posts.
  generic: ['https://www.linkedin.com/messaging/*'],
});
