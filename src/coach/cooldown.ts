import { STAGES, type Stage } from '../analysis/types';
import type { Cooldown } from './types';

export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

/**
 * Default wait after a message, per stage. Early stages and stage 5 (they are deciding) wait longest;
 * a new chapter (6) is an ordinary relationship again.
 */
export const DEFAULT_COOLDOWN_HOURS: Record<Stage, number> = { 1: 24, 2: 8, 3: 12, 4: 6, 5: 72, 6: 2 };

/** Stages 1–3 never wait under 4 hours; no cooldown is longer than a week. */
export const MIN_COOLDOWN_HOURS: Record<Stage, number> = { 1: 4, 2: 4, 3: 4, 4: 1, 5: 4, 6: 1 };
export const MAX_COOLDOWN_HOURS = 168;

function clampHours(stage: Stage, value: unknown): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? value : DEFAULT_COOLDOWN_HOURS[stage];
  return Math.min(MAX_COOLDOWN_HOURS, Math.max(MIN_COOLDOWN_HOURS[stage], Math.round(n * 4) / 4));
}

/**
 * Brings user-edited lengths within bounds. Stage 5 is kept the longest: while the other person decides,
 * waiting matters most, so it is raised to at least the longest of the others.
 */
export function normalizeCooldownHours(
  input: Partial<Record<Stage, unknown>> | undefined,
): Record<Stage, number> {
  const out = { ...DEFAULT_COOLDOWN_HOURS };
  for (const stage of STAGES) out[stage] = clampHours(stage, input?.[stage]);
  const longestOther = Math.max(...STAGES.filter((s) => s !== 5).map((s) => out[s]));
  out[5] = Math.max(out[5], longestOther);
  return out;
}

export function startCooldown(now: number, hours: number): Cooldown {
  return { startedAt: now, endsAt: now + hours * HOUR_MS };
}

/**
 * The cooldown as it stands at `now`, or null once over. Clock jumps are absorbed: a start in the future
 * (the clock went back) counts as starting now, and no cooldown lasts longer than `maxMs` from its start.
 */
export function activeCooldown(cooldown: Cooldown | null, now: number, maxMs: number): Cooldown | null {
  if (!cooldown || !Number.isFinite(cooldown.startedAt) || !Number.isFinite(cooldown.endsAt)) return null;
  const startedAt = Math.min(cooldown.startedAt, now);
  const endsAt = Math.min(cooldown.endsAt, startedAt + maxMs);
  if (endsAt <= now) return null;
  return startedAt === cooldown.startedAt && endsAt === cooldown.endsAt ? cooldown : { startedAt, endsAt };
}

export function remainingMs(cooldown: Cooldown | null, now: number): number {
  return cooldown ? Math.max(0, cooldown.endsAt - now) : 0;
}

/** Toolbar badge text: at most four characters ("13h", "45m"); empty when nothing runs. */
export function badgeText(msLeft: number): string {
  if (msLeft <= 0) return '';
  if (msLeft >= HOUR_MS) return `${Math.min(999, Math.ceil(msLeft / HOUR_MS - 0.0001))}h`;
  return `${Math.max(1, Math.ceil(msLeft / MINUTE_MS))}m`;
}

/** "3 h 05 min" style parts for the popup's countdown text. */
export function splitDuration(msLeft: number): { hours: number; minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil(msLeft / 1000));
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}
