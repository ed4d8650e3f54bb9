import type { Stage } from '../analysis/types';
import type { ChatMark, ConversationRef, Strictness } from '../messaging/protocol';

/** Running cooldown against double-texting, in absolute epoch ms (survives restarts). */
export interface Cooldown {
  startedAt: number;
  endsAt: number;
}

/** Why the user is in no contact with this person. */
export type BoundaryKind = 'asked-space' | 'blocked' | 'boundary-message';

export interface NoContact {
  since: number;
  kind: BoundaryKind;
}

/** What is kept per chat: timestamps and flags, never message text. */
export interface ConversationRecord {
  ref: ConversationRef;
  lastSentAt: number | null;
  lastReplyAt: number | null;
  cooldown: Cooldown | null;
  mark: ChatMark;
  noContact: NoContact | null;
}

export interface StageState {
  current: Stage;
  startedAt: number;
}

/** Ticked checklist item ids, per stage. */
export type ChecklistState = Record<Stage, string[]>;

export interface QuietHours {
  enabled: boolean;
  startHour: number;
  endHour: number;
}

export interface Settings {
  cooldownHours: Record<Stage, number>;
  strictness: Strictness;
  quietHours: QuietHours;
  disabledRules: string[];
  /** Site adapter ids the user switched off. */
  unguardedSites: string[];
  pausedUntil: number | null;
}

export interface DayCounts {
  held: number;
  edited: number;
  sentAnyway: number;
  sentClean: number;
}

/** On-device counts per local day ('YYYY-MM-DD'). */
export type Counts = Record<string, DayCounts>;

/** Which conversation each tab shows (tab id → conversation key). */
export type TabConversations = Record<string, string>;

export interface CoachState {
  stage: StageState;
  checklist: ChecklistState;
  conversations: Record<string, ConversationRecord>;
  settings: Settings;
  counts: Counts;
  tabs: TabConversations;
}

export type StatePart = keyof CoachState;
export const STATE_PARTS: readonly StatePart[] = [
  'stage',
  'checklist',
  'conversations',
  'settings',
  'counts',
  'tabs',
];
