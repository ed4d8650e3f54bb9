import type { Stage } from '../analysis/types';
import type { ChatMark, ConversationRef } from '../messaging/protocol';
import { activeCooldown, MINUTE_MS, startCooldown } from './cooldown';
import { conversationKey, cooldownMaxMs, isGuarded, newConversation } from './guard-policy';
import type { BoundaryKind, CoachState, ConversationRecord } from './types';

/** Pure state transitions; the background loads state, applies one, saves the result. */

function updateConversation(
  state: CoachState,
  ref: ConversationRef,
  fn: (record: ConversationRecord) => ConversationRecord,
): CoachState {
  const key = conversationKey(ref);
  const current = state.conversations[key] ?? newConversation(ref);
  // Display names change (contacts get renamed); keep the latest one the adapter reported.
  const fresh =
    ref.displayName && ref.displayName !== current.ref.displayName ? { ...current, ref } : current;
  return { ...state, conversations: { ...state.conversations, [key]: fn(fresh) } };
}

export function openConversation(state: CoachState, ref: ConversationRef, tabId: number | null): CoachState {
  const next = updateConversation(state, ref, (c) => c);
  if (tabId === null) return next;
  return { ...next, tabs: { ...next.tabs, [String(tabId)]: conversationKey(ref) } };
}

/** Tab ids do not survive a browser restart, so the tab → chat map starts empty each time. */
export function forgetTabs(state: CoachState): CoachState {
  return Object.keys(state.tabs).length ? { ...state, tabs: {} } : state;
}

export function closeTab(state: CoachState, tabId: number): CoachState {
  if (!(String(tabId) in state.tabs)) return state;
  const tabs = { ...state.tabs };
  delete tabs[String(tabId)];
  return { ...state, tabs };
}

/** A message went out: in a guarded chat the stage's cooldown (re)starts from now. */
export function recordSent(state: CoachState, ref: ConversationRef, now: number): CoachState {
  const guarded = isGuarded(state, ref, now);
  const hours = state.settings.cooldownHours[state.stage.current];
  return updateConversation(state, ref, (c) => ({
    ...c,
    lastSentAt: now,
    cooldown: guarded ? startCooldown(now, hours) : c.cooldown,
  }));
}

/** They wrote back: the cooldown ends. A boundary message in a guarded chat switches it to no contact. */
export function recordReply(
  state: CoachState,
  ref: ConversationRef,
  boundary: boolean,
  now: number,
): CoachState {
  const guarded = isGuarded(state, ref, now);
  return updateConversation(state, ref, (c) => ({
    ...c,
    lastReplyAt: now,
    cooldown: null,
    noContact: c.noContact ?? (boundary && guarded ? { since: now, kind: 'boundary-message' } : null),
  }));
}

export function recordBoundary(
  state: CoachState,
  ref: ConversationRef,
  kind: BoundaryKind,
  now: number,
): CoachState {
  return updateConversation(state, ref, (c) => ({ ...c, noContact: c.noContact ?? { since: now, kind } }));
}

export function liftNoContact(state: CoachState, key: string): CoachState {
  const record = state.conversations[key];
  if (!record?.noContact) return state;
  return { ...state, conversations: { ...state.conversations, [key]: { ...record, noContact: null } } };
}

export function setMark(state: CoachState, ref: ConversationRef, mark: ChatMark): CoachState {
  return updateConversation(state, ref, (c) => ({ ...c, mark }));
}

/** Minutes outside 1..24 h are refused; 0 or less resumes the guard. */
export function pauseGuard(state: CoachState, minutes: number, now: number): CoachState {
  const pausedUntil =
    Number.isFinite(minutes) && minutes > 0 ? now + Math.min(minutes, 24 * 60) * MINUTE_MS : null;
  return { ...state, settings: { ...state.settings, pausedUntil } };
}

export function setStage(state: CoachState, stage: Stage, now: number): CoachState {
  if (state.stage.current === stage) return state;
  return { ...state, stage: { current: stage, startedAt: now } };
}

/** Drops cooldowns that are over (or absurd after a clock jump) so stored state stays tidy. */
export function expireCooldowns(state: CoachState, now: number): { state: CoachState; ended: string[] } {
  const max = cooldownMaxMs(state);
  const ended: string[] = [];
  const conversations = { ...state.conversations };
  for (const [key, record] of Object.entries(conversations)) {
    if (!record.cooldown) continue;
    const active = activeCooldown(record.cooldown, now, max);
    if (active === record.cooldown) continue;
    if (!active) ended.push(key);
    conversations[key] = { ...record, cooldown: active };
  }
  return ended.length || Object.keys(conversations).some((k) => conversations[k] !== state.conversations[k])
    ? { state: { ...state, conversations }, ended }
    : { state, ended };
}
