import type { ConversationRef, GuardState } from '../messaging/protocol';
import { activeCooldown, HOUR_MS } from './cooldown';
import type { CoachState, ConversationRecord } from './types';

export function conversationKey(ref: Pick<ConversationRef, 'site' | 'conversationId'>): string {
  return `${ref.site}\u241f${ref.conversationId}`;
}

export function newConversation(ref: ConversationRef): ConversationRecord {
  return { ref, lastSentAt: null, lastReplyAt: null, cooldown: null, mark: null, noContact: null };
}

export function isPaused(state: CoachState, now: number): boolean {
  const until = state.settings.pausedUntil;
  return until !== null && until > now;
}

/** Longest a cooldown may run in the current stage (user setting), used to clamp clock jumps. */
export function cooldownMaxMs(state: CoachState): number {
  return state.settings.cooldownHours[state.stage.current] * HOUR_MS;
}

/**
 * Default: every chat on a supported site is guarded. Once any chat is marked as the ex's, only those
 * are. "Don't guard this chat", a switched-off site and an active pause turn it off. A no-contact
 * boundary overrides all of that: it is the other person's wish, not a setting.
 */
export function isGuarded(state: CoachState, ref: ConversationRef, now: number): boolean {
  const record = state.conversations[conversationKey(ref)];
  if (record?.noContact) return true;
  if (isPaused(state, now)) return false;
  if (state.settings.unguardedSites.includes(ref.site)) return false;
  const mark = record?.mark ?? null;
  if (mark === 'unguarded') return false;
  const anyEx = Object.values(state.conversations).some((c) => c.mark === 'ex');
  return anyEx ? mark === 'ex' : true;
}

export function guardStateFor(
  state: CoachState,
  ref: ConversationRef,
  now: number,
  cooldownReason: string,
): GuardState {
  const record = state.conversations[conversationKey(ref)];
  const guarded = isGuarded(state, ref, now);
  const cooldown = guarded ? activeCooldown(record?.cooldown ?? null, now, cooldownMaxMs(state)) : null;
  return {
    stage: state.stage.current,
    guarded,
    mark: record?.mark ?? null,
    noContact: Boolean(record?.noContact),
    cooldown: cooldown ? { startedAt: cooldown.startedAt, endsAt: cooldown.endsAt } : null,
    cooldownReason,
    pausedUntil: isPaused(state, now) ? state.settings.pausedUntil : null,
    strictness: state.settings.strictness,
    quietHours: { ...state.settings.quietHours },
    disabledRules: [...state.settings.disabledRules],
  };
}

/**
 * The chat the popup talks about: the current tab's, else the chat marked as the ex's, else the most
 * recent chat with a boundary or a running cooldown.
 */
export function focusConversation(state: CoachState, tabId: number | null, now: number): string | null {
  const fromTab = tabId !== null ? state.tabs[String(tabId)] : undefined;
  if (fromTab && state.conversations[fromTab]) return fromTab;
  const byRecent = Object.entries(state.conversations).sort(
    ([, a], [, b]) =>
      Math.max(b.lastSentAt ?? 0, b.lastReplyAt ?? 0) - Math.max(a.lastSentAt ?? 0, a.lastReplyAt ?? 0),
  );
  const ex = byRecent.find(([, c]) => c.mark === 'ex');
  if (ex) return ex[0];
  const max = cooldownMaxMs(state);
  const relevant = byRecent.find(([, c]) => c.noContact || activeCooldown(c.cooldown, now, max));
  return relevant ? relevant[0] : null;
}
