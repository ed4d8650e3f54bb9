import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './harness';

export const sam = { site: 'whatsapp', conversationId: 'chat-sam', displayName: 'Sam' };

/**
 * Sends one protocol message from an extension page, exactly as the content script or popup would
 * (the @webext-core/messaging wire format), and returns the background's answer.
 */
export async function send(page: Page, type: string, data?: unknown): Promise<unknown> {
  const reply = await page.evaluate(
    ({ type, data }) =>
      new Promise<{ res?: unknown; err?: unknown }>((resolve) => {
        const runtime = (
          globalThis as unknown as {
            chrome: {
              runtime: { sendMessage: (message: unknown, callback: (reply: never) => void) => void };
            };
          }
        ).chrome.runtime;
        runtime.sendMessage(
          { id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() },
          resolve,
        );
      }),
    { type, data },
  );
  if (reply?.err) throw new Error(`${type} failed: ${JSON.stringify(reply.err)}`);
  return reply?.res;
}

/** Axe on the page in both colour schemes; returns nothing, fails the test on any violation. */
export async function expectAxeClean(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
  }
}
