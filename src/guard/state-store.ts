import type { ConversationRef, GuardState } from '../messaging/protocol';
import { sendMessage } from '../messaging/protocol';
import { defaultGuardState } from './verdict';

export function refKey(ref: Pick<ConversationRef, 'site' | 'conversationId'>): string {
  return `${ref.site}|${ref.conversationId}`;
}

/**
 * The content script's copy of each open conversation's GuardState. Reads are synchronous (the
 * Enter verdict cannot wait for the background); the background pushes changes.
 */
export class GuardStateStore {
  private readonly states = new Map<string, GuardState>();
  private last: GuardState | null = null;
  private current: ConversationRef | null = null;
  private readonly listeners = new Set<() => void>();
  /** Bumps on every change, so cached verdicts know they are stale. */
  version = 0;

  get currentRef(): ConversationRef | null {
    return this.current;
  }

  stateFor(ref: ConversationRef, now = Date.now()): GuardState {
    return this.states.get(refKey(ref)) ?? defaultGuardState(this.last, now);
  }

  /** Tells the background which chat is open (once per switch) and keeps the state it returns. */
  open(ref: ConversationRef): void {
    const sameChat = this.current && refKey(this.current) === refKey(ref);
    if (sameChat && this.current?.displayName === ref.displayName) return;
    this.current = ref;
    this.changed();
    void this.request(ref, 'conversationOpened');
  }

  /** The background said something changed: re-read the open chat's state. */
  refresh(): Promise<void> {
    return this.current ? this.request(this.current, 'getGuardState') : Promise.resolve();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async request(
    ref: ConversationRef,
    message: 'conversationOpened' | 'getGuardState',
  ): Promise<void> {
    try {
      const state = await sendMessage(message, ref);
      if (!state) return;
      const key = refKey(ref);
      const same = JSON.stringify(this.states.get(key)) === JSON.stringify(state);
      this.states.set(key, state);
      this.last = state;
      if (!same) this.changed();
    } catch (error) {
      console.error(`[rekindle] ${message} failed; guarding with defaults`, error);
    }
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (error) {
        console.error('[rekindle] state listener failed', error);
      }
    }
  }
}
