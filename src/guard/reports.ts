import { detectBoundary } from '../coach/boundary';
import { type ConversationRef, sendMessage } from '../messaging/protocol';
import { whenTextLeaves } from './send';
import { type GuardStateStore, refKey } from './state-store';

/** Replies that change nothing for the coach are reported at most this often per chat. */
const REPLY_NOTE_MS = 10_000;
/** How long a sent message may take to appear in the site's message list. */
const ECHO_WINDOW_MS = 10_000;

export type SentOutcome = 'sentClean' | 'sentAnyway';

/**
 * Tells the background what happened (never the text): holds, sends, replies. Message text stays
 * in this content script; it is kept a few seconds only to recognise our own send's echo.
 */
export class Reports {
  private readonly heldChats = new Set<string>();
  private recentSends: { text: string; at: number }[] = [];
  private readonly lastReply = new Map<string, number>();

  constructor(private readonly store: GuardStateStore) {}

  held(ref: ConversationRef): void {
    this.heldChats.add(refKey(ref));
    void sendMessage('recordOutcome', 'held').catch(logError('recordOutcome'));
  }

  /** A send is on its way; reported once the text has left the box. */
  whenSent(composer: HTMLElement, ref: ConversationRef, text: string, outcome: SentOutcome): void {
    this.sending(text);
    void whenTextLeaves(composer, text, 1500).then((gone) => gone && this.sent(ref, outcome));
  }

  sending(text: string): void {
    this.recentSends.push({ text: text.trim(), at: Date.now() });
  }

  sent(ref: ConversationRef, outcome: SentOutcome): void {
    if (!this.store.stateFor(ref).guarded) return;
    // messageSent counts the send itself; a clean send after a hold in that chat also counts as "edited".
    const key = refKey(ref);
    const edited = outcome === 'sentClean' && this.heldChats.has(key);
    this.heldChats.delete(key);
    void sendMessage('messageSent', { ref, outcome }).catch(logError('messageSent'));
    if (edited) void sendMessage('recordOutcome', 'edited').catch(logError('recordOutcome'));
  }

  incoming(ref: ConversationRef, rows: string[]): void {
    // Where rows do not say who wrote them, our own just-sent message shows up here too.
    const texts = rows.filter((text) => !this.echoOfOwnSend(text));
    if (texts.length === 0) return;
    const boundary = texts.some((text) => detectBoundary(text));
    // A reply matters to the coach when it asks for space or ends a cooldown; otherwise one note
    // every few seconds keeps "last reply" fresh without a message per row in a busy chat.
    const key = refKey(ref);
    const now = Date.now();
    const state = this.store.stateFor(ref, now);
    const cooling = state.cooldown !== null && state.cooldown.endsAt > now;
    if (!boundary && !cooling && now - (this.lastReply.get(key) ?? 0) < REPLY_NOTE_MS) return;
    this.lastReply.set(key, now);
    void sendMessage('replySeen', { ref, boundary }).catch(logError('replySeen'));
  }

  private echoOfOwnSend(text: string): boolean {
    const now = Date.now();
    this.recentSends = this.recentSends.filter((sent) => sent.at > now - ECHO_WINDOW_MS);
    const at = this.recentSends.findIndex((sent) => sent.text === text.trim());
    if (at < 0) return false;
    this.recentSends.splice(at, 1);
    return true;
  }
}

export function logError(what: string) {
  return (error: unknown) => console.error(`[rekindle] ${what} failed`, error);
}
