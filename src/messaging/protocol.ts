import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Stage } from '../analysis/types';

/** A chat, as a site adapter names it. Never carries message text. */
export interface ConversationRef {
  /** Site adapter id, e.g. 'whatsapp', or 'generic:<hostname>'. */
  site: string;
  conversationId: string;
  displayName: string;
}

export type Strictness = 'warn' | 'hold-5s' | 'until-cooldown';
export type ChatMark = 'ex' | 'unguarded' | null;
export type Outcome = 'held' | 'edited' | 'sentAnyway' | 'sentClean';

/** Everything the guard needs to judge a send in one conversation, pushed by the background. */
export interface GuardState {
  stage: Stage;
  /** False when the user paused the guard, unguarded this chat, or marked another chat as the ex's. */
  guarded: boolean;
  mark: ChatMark;
  /** The other person asked for space or blocked the user: every send is held. */
  noContact: boolean;
  /** Active cooldown for this conversation (absolute epoch ms), or null. */
  cooldown: { startedAt: number; endsAt: number } | null;
  /** Why double-texting hurts in this stage, in the coach's words. */
  cooldownReason: string;
  pausedUntil: number | null;
  strictness: Strictness;
  quietHours: { enabled: boolean; startHour: number; endHour: number };
  disabledRules: string[];
}

// Directions are named in the comments; every payload is typed, none carries message text.
export interface ProtocolMap {
  // #region Content → Background
  /** The guard bound to a conversation (tab is known from the sender); returns its state. */
  conversationOpened(ref: ConversationRef): GuardState;
  getGuardState(ref: ConversationRef): GuardState;
  /** A message went out in this conversation (never the text). Starts the cooldown. */
  messageSent(data: { ref: ConversationRef; outcome: 'sentClean' | 'sentAnyway' }): void;
  /** The adapter saw an incoming message; `boundary` when it asked for space (detected locally). */
  replySeen(data: { ref: ConversationRef; boundary: boolean }): void;
  recordOutcome(outcome: Outcome): void;
  setChatMark(data: { ref: ConversationRef; mark: ChatMark }): void;
  pauseGuard(minutes: number): void;
  // #endregion

  // #region Background → Content
  /** Something the guard depends on changed; re-read with getGuardState. */
  guardStateChanged(): void;
  // #endregion
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
