import type { IncomingSpec } from '../sites/types';

export interface PageWatchHooks {
  /** Re-check which chat is open (SPA switch, header change). Cheap; called once per batch. */
  onPageChanged(): void;
  /** New incoming messages (in order) in the open chat; history rendered on a switch is not new. */
  onIncoming(texts: string[]): void;
  /** The message box in use, if any: with the newest row it marks out the conversation pane. */
  composer(): Element | null;
}

const MAX_FRESH_ROWS = 10;
/** Elements looked at from the pane's end back towards the newest known row, per batch. */
const MAX_WALK = 1500;
/** Changes are noticed once, then the page is looked at as a whole, at most this often. */
const BATCH_MS = 250;

/**
 * The one MutationObserver of the guard. It watches the conversation pane (the smallest element
 * holding both the newest message row and the message box) and, for the pane's ancestors, only
 * their own children: a replaced pane (chat switch) is noticed, a busy sidebar is not. Without a
 * row or a box it watches the whole document.
 *
 * The first change of a batch disconnects the observer, and the batch reads the page as it is
 * then (rows after the newest known one are new), so a stream of messages costs one callback per
 * batch rather than one per task, and the page pays for no mutation records in between.
 */
export function watchPage(
  doc: Document,
  incomingSpec: () => IncomingSpec | null,
  hooks: PageWatchHooks,
  currentChat: () => string | null,
): { stop(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let chatAtLastBatch: string | null = null;
  let lastIncoming: Element | null = null;
  let scope: Element = doc.documentElement;

  const arm = (): void => {
    if (stopped) return;
    if (!scope.isConnected || (lastIncoming && !scope.contains(lastIncoming))) scope = doc.documentElement;
    if (scope === doc.documentElement && lastIncoming) scope = paneOf(lastIncoming, hooks.composer(), doc);
    observer.observe(scope, { childList: true, subtree: true });
    for (let up = scope.parentElement; up; up = up.parentElement) observer.observe(up, { childList: true });
  };

  const flush = (): void => {
    timer = null;
    try {
      hooks.onPageChanged();
      const incoming = incomingSpec();
      if (!incoming) return;
      const chat = currentChat();
      if (chat !== chatAtLastBatch || (lastIncoming && !lastIncoming.isConnected)) {
        // A different chat (or a re-rendered list): what is on screen now is its history.
        chatAtLastBatch = chat;
        scope = doc.documentElement;
        lastIncoming = newestRows(scope, incoming.row, null, 1)[0] ?? null;
        return;
      }
      // People do not send dozens of messages within one batch: a burst that big is history being
      // rendered, and only its newest rows can be fresh replies. Rows loading above the newest one
      // we knew are older history: the walk stops there.
      const fresh = newestRows(scope, incoming.row, lastIncoming, MAX_FRESH_ROWS).reverse();
      const texts: string[] = [];
      for (const row of fresh) {
        lastIncoming = row;
        const text = incoming.text(row);
        if (text !== null) texts.push(text);
      }
      if (texts.length > 0) hooks.onIncoming(texts);
    } catch (error) {
      console.error('[rekindle] page watch failed', error);
    } finally {
      arm();
    }
  };

  const observer = new MutationObserver(() => {
    observer.disconnect();
    timer ??= setTimeout(flush, BATCH_MS);
  });
  const start = (): void => {
    chatAtLastBatch = currentChat();
    const row = incomingSpec()?.row;
    lastIncoming = row ? (newestRows(scope, row, null, 1)[0] ?? null) : null;
    arm();
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  return {
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer) clearTimeout(timer);
    },
  };
}

/**
 * Rows matching `selector` in `root`, newest (last in document order) first, at most `max`. With
 * `after`, only rows after it: the walk goes back from the end of `root` and stops there (or after
 * MAX_WALK elements), so its cost follows what arrived, not how long the history is.
 */
export function newestRows(root: Element, selector: string, after: Element | null, max: number): Element[] {
  if (!after) return [...root.querySelectorAll(selector)].slice(-max).reverse();
  const found: Element[] = [];
  let node: Element | null = deepestLast(root);
  for (let seen = 0; node && node !== after && seen < MAX_WALK; seen++) {
    if (node.matches(selector) && found.push(node) >= max) break;
    node =
      node === root
        ? null
        : node.previousElementSibling
          ? deepestLast(node.previousElementSibling)
          : node.parentElement;
  }
  return found;
}

/** The last element of `el`'s subtree in document order. */
function deepestLast(el: Element): Element {
  let node = el;
  while (node.lastElementChild) node = node.lastElementChild;
  return node;
}

/** The smallest element holding both the row and the box, or the whole document. */
function paneOf(row: Element, composer: Element | null, doc: Document): Element {
  if (!composer?.isConnected) return doc.documentElement;
  for (let pane: Element | null = composer.parentElement; pane; pane = pane.parentElement) {
    if (pane === doc.body || pane === doc.documentElement) break;
    if (pane.contains(row)) return pane;
  }
  return doc.documentElement;
}
