import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Stage } from '../analysis/types';
import type { BoundaryKind, ConversationRecord, DayCounts, Settings } from '../coach/types';

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
  /**
   * False when the user paused the guard, unguarded this chat or its site, or marked another chat as the
   * ex's. Always true while `noContact` (a boundary is not lifted by a pause).
   */
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
  /** A message went out in this conversation (never the text). Starts the cooldown; counts `outcome`. */
  messageSent(data: { ref: ConversationRef; outcome: 'sentClean' | 'sentAnyway' }): void;
  /** The adapter saw an incoming message; `boundary` when it asked for space (detected locally). */
  replySeen(data: { ref: ConversationRef; boundary: boolean }): void;
  /** Counts one outcome for today; 'held' and 'edited' (sent ones are counted by messageSent). */
  recordOutcome(outcome: Outcome): void;
  setChatMark(data: { ref: ConversationRef; mark: ChatMark }): void;
  /** Also sent by the popup (15 / 60 minutes). */
  pauseGuard(minutes: number): void;
  /** The guard's first message-box focus: inject the analyzer into the sender frame's isolated world. */
  loadAnalyzer(): boolean;
  // #endregion

  // #region Popup / Options → Background
  /** Everything the popup and options page show; `tabId` is the popup's active tab (or null). */
  getCoachView(data: { tabId: number | null }): CoachView;
  setStage(stage: Stage): void;
  setChecklistItem(data: { stage: Stage; itemId: string; done: boolean }): void;
  /** "They replied": ends this chat's cooldown. */
  theyReplied(ref: ConversationRef): void;
  resumeGuard(): void;
  /** Returns the settings as saved (lengths clamped to their bounds). */
  updateSettings(patch: SettingsPatch): Settings;
  /** The user records that this person asked for space or blocked them. */
  recordBoundary(data: { ref: ConversationRef; kind: Exclude<BoundaryKind, 'boundary-message'> }): void;
  /** Only from options, after a confirmation. */
  liftNoContact(ref: ConversationRef): void;
  exportData(): ExportBundle;
  resetAll(): void;
  // #endregion

  // #region Background → Content, Popup and Options
  /** Something the guard depends on changed; re-read with getGuardState. */
  guardStateChanged(): void;
  // #endregion
}

export type SettingsPatch = Partial<Omit<Settings, 'pausedUntil'>>;

/** One chat as pages see it (cooldown already clamped and null once over). */
export type ConversationView = ConversationRecord & { key: string; guarded: boolean };

export interface CoachView {
  now: number;
  stage: Stage;
  stageStartedAt: number;
  /** Ticked item ids per stage. */
  checklist: Record<Stage, string[]>;
  settings: Settings;
  pausedUntil: number | null;
  conversations: ConversationView[];
  /** Key of the chat the popup is about (current tab's, or the marked one), if any. */
  focusKey: string | null;
  today: DayCounts;
}

/** What "Export" downloads: settings and counts, never message text or chat names. */
export interface ExportBundle {
  app: 'rekindle';
  schemaVersion: number;
  exportedAt: string;
  stage: Stage;
  settings: Settings;
  counts: Record<string, DayCounts>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
