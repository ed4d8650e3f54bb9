import { defineSite, segmentAfter } from './define-site';

// chat-sites.md §2.7: Quill-based "texty" editor; channel and thread panes can both have a composer.
export const slack = defineSite({
  id: 'slack',
  matches: ['https://app.slack.com/*'],
  composer: [
    '.ql-editor[role="textbox"][contenteditable="true"]',
    '[data-qa="message_input"] [contenteditable="true"]',
  ],
  scope: '[data-qa="message_composer"], .c-wysiwyg_container, .p-message_input',
  sendButton: [
    '[data-qa="texty_send_button"]',
    '.c-wysiwyg_container__button--send',
    'button[aria-label="Send now"]',
  ],
  conversation(_composer, doc) {
    const channel = segmentAfter(doc.location.pathname, 'client') && doc.location.pathname.split('/')[3];
    if (!channel) return null;
    const name =
      doc
        .querySelector(
          '[data-qa="channel_name"], [data-qa="channel_header_title"] , .p-view_header__channel_title',
        )
        ?.textContent?.trim() ?? channel;
    return { conversationId: channel, displayName: name };
  },
  // Rows carry no direction; the guard drops the rows that echo what it just let through.
  incoming: {
    row: '[data-qa="message_container"]',
    text: (row) =>
      (row.querySelector('.p-rich_text_section, [data-qa="message-text"]') ?? row).textContent?.trim() ?? '',
  },
});
