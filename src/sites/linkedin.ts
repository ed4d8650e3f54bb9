import { defineSite, segmentAfter, textOf } from './define-site';

// chat-sites.md §2.10: plain contenteditable, often inside the open shadow root #interop-outlet.
// "Press Enter to send" mode renders no Send button; "Click Send" mode makes Enter a new line.
export const linkedin = defineSite({
  id: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  composer: ['div.msg-form__contenteditable[contenteditable="true"][role="textbox"]'],
  shadowHosts: ['#interop-outlet'],
  scope: 'form.msg-form',
  sendButton: ['button.msg-form__send-button'],
  keyIntent(event, composer, site) {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey) return 'other';
    if (event.ctrlKey || event.metaKey) return 'send';
    return site.sendButtonFor(composer) ? 'other' : 'send';
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
  generic: false,
});
