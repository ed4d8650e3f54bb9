import { defineSite } from './define-site';

// chat-sites.md §2.6: Slate editor, no send button by default; the search bar is role=combobox.
export const discord = defineSite({
  id: 'discord',
  matches: ['https://discord.com/*', 'https://ptb.discord.com/*', 'https://canary.discord.com/*'],
  composer: [
    'div[role="textbox"][data-slate-editor="true"]',
    '[class*="slateTextArea"] [contenteditable="true"]',
  ],
  exclude: ['[role="combobox"]'],
  scope: 'form',
  sendButton: ['button[aria-label="Send Message"]', 'button[aria-label="Send"]'],
  conversation(composer, doc) {
    const parts = doc.location.pathname.split('/').filter(Boolean);
    if (parts[0] !== 'channels' || !parts[2]) return null;
    const label = composer?.getAttribute('aria-label') ?? '';
    const name = label.replace(/^Message\s+/, '') || parts[2];
    return { conversationId: `${parts[1]}/${parts[2]}`, displayName: name };
  },
  // Rows carry no direction; the guard drops the rows that echo what it just let through.
  incoming: {
    row: 'li[id^="chat-messages-"]',
    text: (row) => (row.querySelector('[id^="message-content-"]') ?? row).textContent?.trim() ?? '',
  },
});
