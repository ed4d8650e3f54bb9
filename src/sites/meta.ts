import type { IncomingSpec } from './types';

/**
 * Messenger and Instagram rows carry no direction attribute; each starts with a visually hidden
 * author line, "You sent" for the user's own messages [U: English UI only].
 */
export const metaIncoming: IncomingSpec = {
  row: '[role="main"] [role="row"]',
  text(row) {
    if (/^\s*You sent/.test(row.firstElementChild?.textContent ?? '')) return null;
    const body = row.querySelector('[dir="auto"]');
    return body ? (body.textContent?.trim() ?? '') : null;
  },
};
