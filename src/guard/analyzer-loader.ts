import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/protocol';

/** Built from entrypoints/guard-analyzer.ts. */
export const ANALYZER_FILE = '/guard-analyzer.js';

/**
 * Background side of the lazy analyzer: injects it into the asking frame's isolated world (the same
 * world as the guard content script), so page start-up never pays for compromise.
 */
export function registerAnalyzerLoader(): void {
  onMessage('loadAnalyzer', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    const frameId = sender.frameId ?? 0;
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANALYZER_FILE] });
    return true;
  });
}
