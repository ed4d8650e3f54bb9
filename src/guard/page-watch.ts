import type { IncomingSpec } from '../sites/types';

export interface PageWatchHooks {
  /** Re-check which chat is open (SPA switch, header change). Cheap; called once per batch. */
  onPageChanged(): void;
  /** New incoming messages (in order) in the open chat; history rendered on a switch is not new. */
  onIncoming(texts: string[]): void;
}

const MAX_FRESH_ROWS = 10;
const MAX_KEPT_NODES = 64;
/** Mutations are collected as they come and handled together, at most this often. */
const BATCH_MS = 250;

/**
 * The one MutationObserver of the guard. The callback only collects added elements; the batch
 * handler runs later and does the (small) work: one conversation check and incoming-row matching.
 */
export function watchPage(
  doc: Document,
  incomingSpec: () => IncomingSpec | null,
  hooks: PageWatchHooks,
  currentChat: () => string | null,
): { stop(): void } {
  let pending: MutationRecord[][] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chatAtLastBatch: string | null = null;
  let lastIncoming: Element | null = null;
  const lastRow = (): Element | null => {
    const rowSelector = incomingSpec()?.row;
    if (!rowSelector) return null;
    const rows = doc.querySelectorAll(rowSelector);
    return rows[rows.length - 1] ?? null;
  };

  const flush = (): void => {
    timer = null;
    const batch = newestAddedElements(pending, MAX_KEPT_NODES);
    pending = [];
    try {
      hooks.onPageChanged();
      const incoming = incomingSpec();
      if (!incoming) return;
      const rowSelector = incoming.row;
      const chat = currentChat();
      if (chat !== chatAtLastBatch || (lastIncoming && !lastIncoming.isConnected)) {
        // A different chat (or a re-rendered list): what is on screen now is its history.
        chatAtLastBatch = chat;
        lastIncoming = lastRow();
        return;
      }
      const fresh: Element[] = [];
      for (const el of batch) {
        if (!el.isConnected) continue;
        if (el.matches(rowSelector)) fresh.push(el);
        else if (el.firstElementChild) for (const row of el.querySelectorAll(rowSelector)) fresh.push(row);
      }
      const texts: string[] = [];
      // People do not send dozens of messages within one batch: a burst that big is history being
      // rendered, and only its newest rows can be fresh replies.
      for (const row of fresh.slice(-MAX_FRESH_ROWS)) {
        // Only rows after the newest one we knew are new; older history loads above it.
        if (lastIncoming && !(lastIncoming.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING))
          continue;
        lastIncoming = row;
        const text = incoming.text(row);
        if (text !== null) texts.push(text);
      }
      if (texts.length > 0) hooks.onIncoming(texts);
    } catch (error) {
      console.error('[rekindle] page watch failed', error);
    }
  };

  // The callback only keeps the record lists; they are read in the batch, newest first.
  const observer = new MutationObserver((records) => {
    pending.push(records);
    if (pending.length > MAX_KEPT_NODES) pending = pending.slice(-MAX_KEPT_NODES / 2);
    timer ??= setTimeout(flush, BATCH_MS);
  });
  const start = (): void => {
    chatAtLastBatch = currentChat();
    lastIncoming = lastRow();
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  return {
    stop() {
      observer.disconnect();
      if (timer) clearTimeout(timer);
    },
  };
}

/** Up to `max` elements added by these mutations, the newest ones, in document-insertion order. */
function newestAddedElements(batches: MutationRecord[][], max: number): Element[] {
  const out: Element[] = [];
  for (let b = batches.length - 1; b >= 0 && out.length < max; b--) {
    const records = batches[b]!;
    for (let r = records.length - 1; r >= 0 && out.length < max; r--) {
      const nodes = records[r]!.addedNodes;
      for (let n = nodes.length - 1; n >= 0 && out.length < max; n--) {
        const node = nodes[n]!;
        if (node.nodeType === 1) out.push(node as Element);
      }
    }
  }
  return out.reverse();
}
