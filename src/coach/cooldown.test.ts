import { describe, expect, it } from 'vitest';
import {
  activeCooldown,
  badgeText,
  DEFAULT_COOLDOWN_HOURS,
  HOUR_MS,
  MINUTE_MS,
  normalizeCooldownHours,
  remainingMs,
  startCooldown,
} from './cooldown';

const T0 = Date.UTC(2026, 0, 10, 20, 0, 0);

describe('cooldown arithmetic', () => {
  it('defaults: at least 4 h in stages 1–3 and longest in stage 5', () => {
    for (const stage of [1, 2, 3] as const) expect(DEFAULT_COOLDOWN_HOURS[stage]).toBeGreaterThanOrEqual(4);
    const others = [1, 2, 3, 4, 6] as const;
    for (const s of others) expect(DEFAULT_COOLDOWN_HOURS[5]).toBeGreaterThan(DEFAULT_COOLDOWN_HOURS[s]);
  });

  it('runs for its length, then is over', () => {
    const cd = startCooldown(T0, 8);
    expect(activeCooldown(cd, T0 + 7 * HOUR_MS, 8 * HOUR_MS)).toBe(cd);
    expect(remainingMs(activeCooldown(cd, T0 + 7 * HOUR_MS, 8 * HOUR_MS), T0 + 7 * HOUR_MS)).toBe(HOUR_MS);
    expect(activeCooldown(cd, T0 + 8 * HOUR_MS, 8 * HOUR_MS)).toBeNull();
  });

  it('clock jumped back: a start in the future counts as now, and never more than the maximum is left', () => {
    const cd = startCooldown(T0, 8);
    const earlier = T0 - 3 * 24 * HOUR_MS;
    const active = activeCooldown(cd, earlier, 8 * HOUR_MS);
    expect(active).toEqual({ startedAt: earlier, endsAt: earlier + 8 * HOUR_MS });
  });

  it('clock jumped forward: the cooldown is simply over', () => {
    expect(activeCooldown(startCooldown(T0, 8), T0 + 30 * 24 * HOUR_MS, 8 * HOUR_MS)).toBeNull();
  });

  it('a stored cooldown longer than the configured maximum is clamped', () => {
    const absurd = { startedAt: T0, endsAt: T0 + 400 * HOUR_MS };
    expect(activeCooldown(absurd, T0 + HOUR_MS, 24 * HOUR_MS)).toEqual({
      startedAt: T0,
      endsAt: T0 + 24 * HOUR_MS,
    });
  });

  it('garbage timestamps mean no cooldown', () => {
    expect(activeCooldown({ startedAt: Number.NaN, endsAt: T0 }, T0, HOUR_MS)).toBeNull();
    expect(activeCooldown(null, T0, HOUR_MS)).toBeNull();
  });

  it('badge text fits four characters', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(30 * 1000)).toBe('1m');
    expect(badgeText(45 * MINUTE_MS)).toBe('45m');
    expect(badgeText(60 * MINUTE_MS)).toBe('1h');
    expect(badgeText(7.5 * HOUR_MS)).toBe('8h');
    expect(badgeText(168 * HOUR_MS)).toBe('168h');
  });

  it('normalises edited lengths: bounds per stage, quarter hours, stage 5 longest', () => {
    const out = normalizeCooldownHours({ 1: 0, 2: 'x', 3: 5.1, 4: 0.2, 5: 1, 6: 1000 });
    expect(out).toEqual({ 1: 4, 2: DEFAULT_COOLDOWN_HOURS[2], 3: 5, 4: 1, 5: 168, 6: 168 });
  });
});
