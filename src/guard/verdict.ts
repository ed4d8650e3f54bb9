import type { Analysis, Finding, Stage } from '../analysis/types';
import type { GuardState } from '../messaging/protocol';

/** Why a send is held. Several can apply at once; the card explains each. */
export type HoldReason =
  | { kind: 'findings'; findings: Finding[] }
  | { kind: 'noContact' }
  | { kind: 'doubleText'; endsAt: number; reason: string }
  | { kind: 'quietHours' };

/** What the live indicator shows. `off`: this chat is not guarded right now. */
export type Level = 'off' | 'clear' | 'caution' | 'hold';

/** When "Send anyway" is offered on the card. */
export type SendAnyway = 'now' | 'after-wait' | 'never';

export interface Verdict {
  /** The exact text judged; the verdict is reused only for this text. */
  text: string;
  /** The stage it was judged in (the card words the advice for it). */
  stage: Stage;
  level: Level;
  holds: HoldReason[];
  /** Every finding (hold and warn), for the indicator and the card. */
  findings: Finding[];
  sendAnyway: SendAnyway;
}

/** How long "Send anyway" stays disabled under 'hold-5s'. */
export const SEND_ANYWAY_WAIT_MS = 5000;

export function inQuietHours(quiet: GuardState['quietHours'], date: Date): boolean {
  if (!quiet.enabled || quiet.startHour === quiet.endHour) return false;
  const hour = date.getHours();
  return quiet.startHour < quiet.endHour
    ? hour >= quiet.startHour && hour < quiet.endHour
    : hour >= quiet.startHour || hour < quiet.endHour;
}

/**
 * The guard's decision for one draft: pure, so it is unit-tested without a browser. `analysis` is
 * null when the analyzer is unavailable or failed: context holds still apply, findings do not.
 */
export function judge(text: string, analysis: Analysis | null, state: GuardState, now: number): Verdict {
  const findings = analysis?.findings ?? [];
  if (!state.guarded || text.trim() === '') {
    return {
      text,
      stage: state.stage,
      level: state.guarded ? 'clear' : 'off',
      holds: [],
      findings: [],
      sendAnyway: 'now',
    };
  }
  const holds: HoldReason[] = [];
  if (state.noContact) holds.push({ kind: 'noContact' });
  const cooldownActive = state.cooldown !== null && state.cooldown.endsAt > now;
  if (state.cooldown && cooldownActive) {
    holds.push({ kind: 'doubleText', endsAt: state.cooldown.endsAt, reason: state.cooldownReason });
  }
  if (inQuietHours(state.quietHours, new Date(now))) holds.push({ kind: 'quietHours' });
  const holding = findings.filter((f) => f.severity === 'hold');
  if (holding.length > 0) holds.push({ kind: 'findings', findings });

  let level: Level = 'clear';
  if (holds.length > 0) level = 'hold';
  else if (findings.length > 0 || (analysis?.signals.length ?? 0) > 0) level = 'caution';

  let sendAnyway: SendAnyway = 'now';
  // A boundary they set is not ours to override from the card: only Options can lift no contact.
  if (state.noContact || (state.strictness === 'until-cooldown' && cooldownActive)) sendAnyway = 'never';
  else if (state.strictness === 'hold-5s') sendAnyway = 'after-wait';
  return { text, stage: state.stage, level, holds, findings, sendAnyway };
}

/** Used until the background answers: guarded, no context holds, the last stage we knew. */
export function defaultGuardState(previous: GuardState | null, now: number): GuardState {
  const pausedUntil = previous?.pausedUntil && previous.pausedUntil > now ? previous.pausedUntil : null;
  return {
    stage: previous?.stage ?? 1,
    guarded: pausedUntil === null,
    mark: null,
    noContact: false,
    cooldown: null,
    cooldownReason: '',
    pausedUntil,
    strictness: previous?.strictness ?? 'warn',
    quietHours: previous?.quietHours ?? { enabled: false, startHour: 23, endHour: 7 },
    disabledRules: previous?.disabledRules ?? [],
  };
}
