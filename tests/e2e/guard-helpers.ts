// What the guard's browser tests share: the card as a user sees it, and a way into the content
// script's isolated world (CDP) to break the analyzer without any test hook in the shipped code.
import type { CDPSession, Locator, Page } from '@playwright/test';

/** A draft the analyzer holds at the default stage 1 ("I miss you": longing), with a one-line suggestion. */
export const FLAGGED = 'I miss you';
export const BENIGN = 'Hope your week is going well';

/** The held-message card (open shadow root: role locators pierce it). */
export function card(page: Page): Locator {
  return page.getByRole('alertdialog');
}

export function indicator(page: Page): Locator {
  return page.locator('rekindle-guard').getByRole('button', { name: /^Rekindle:/ });
}

export async function isolatedWorld(page: Page): Promise<{ session: CDPSession; contextId: number }> {
  const session = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string; frameId?: string } }[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await session.send('Runtime.enable');
  const mainFrame = (await session.send('Page.getFrameTree')).frameTree.frame.id;
  const found = contexts.find(
    (c) => c.auxData?.type === 'isolated' && c.auxData.frameId === mainFrame && c.name === 'Rekindle',
  );
  if (!found) throw new Error(`no Rekindle isolated world among ${contexts.map((c) => c.name).join(', ')}`);
  return { session, contextId: found.id };
}

export async function evaluateInGuard(page: Page, expression: string): Promise<unknown> {
  const { session, contextId } = await isolatedWorld(page);
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    expression,
    contextId,
    returnByValue: true,
  });
  await session.detach();
  if (exceptionDetails) throw new Error(`evaluate failed: ${exceptionDetails.text}`);
  return result.value;
}

/** The analyzer is injected on the first focus of a message box; wait until it is there. */
export async function waitForAnalyzer(page: Page): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if ((await evaluateInGuard(page, 'typeof globalThis.__rekindleAnalyze')) === 'function') return;
    await page.waitForTimeout(100);
  }
  throw new Error('the analyzer was never loaded');
}

interface CoachConversation {
  key: string;
  ref: { site: string; conversationId: string; displayName: string };
  cooldown: unknown;
  noContact: unknown;
}

/**
 * Asks the background what the coach knows, through the real protocol from an extension page
 * (@webext-core/messaging's wire format). `focus` is the conversation last opened in the site's tab.
 */
export async function coachView(
  page: Page,
  extensionId: string,
): Promise<{ conversations: CoachConversation[]; focus: CoachConversation | null }> {
  const ext = await page.context().newPage();
  try {
    await ext.goto(`chrome-extension://${extensionId}/welcome.html`);
    const siteUrl = page.url();
    return await ext.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const [tab] = await api.tabs.query({ url: `${new URL(url).origin}/*` });
      const answer = (await api.runtime.sendMessage({
        id: 1,
        type: 'getCoachView',
        data: { tabId: tab?.id ?? null },
        timestamp: Date.now(),
      })) as { res?: { conversations: CoachConversation[]; focusKey: string | null }; err?: unknown };
      if (!answer.res) throw new Error(`getCoachView failed: ${JSON.stringify(answer.err)}`);
      const { conversations, focusKey } = answer.res;
      return { conversations, focus: conversations.find((c) => c.key === focusKey) ?? null };
    }, siteUrl);
  } finally {
    await ext.close();
  }
}
