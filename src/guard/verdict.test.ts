import { describe, expect, it } from 'vitest';
import type { Analysis, Finding } from '../analysis/types';
import type { GuardState } from '../messaging/protocol';
import { defaultGuardState, inQuietHours, judge } from './verdict';

const NOON = new Date(2026, 10, 27, 12, 0).getTime();
const state = (patch: Partial<GuardState> = {}): GuardState => ({
  ...defaultGuardState(null, NOON),
  ...patch,
});
const finding = (severity: Finding['severity']): Finding => ({
  category: 'pushy',
  rule: 'longing',
  severity,
  start: 0,
  end: 10,
  phrase: 'I miss you',
  reason: 'too soon',
  suggestions: ['Hope you are well.'],
});
const analysis = (...findings: Finding[]): Analysis => ({ findings, signals: [] });

describe('judge', () => {
  it('holds a hold-severity finding and offers Send anyway at once by default', () => {
    const v = judge('I miss you', analysis(finding('hold')), state(), NOON);
    expect(v.level).toBe('hold');
    expect(v.holds.map((h) => h.kind)).toEqual(['findings']);
    expect(v.sendAnyway).toBe('now');
  });

  it('a warn finding is only "caution": never held', () => {
    const v = judge('I miss you', analysis(finding('warn')), state(), NOON);
    expect(v.level).toBe('caution');
    expect(v.holds).toEqual([]);
  });

  it('passes anything in an unguarded or paused chat', () => {
    const v = judge(
      'I miss you',
      analysis(finding('hold')),
      state({ guarded: false, noContact: false }),
      NOON,
    );
    expect(v.level).toBe('off');
    expect(v.holds).toEqual([]);
  });

  it('holds even a kind message during an active cooldown (double text), with time left and reason', () => {
    const cooldown = { startedAt: NOON - 1000, endsAt: NOON + 3_600_000 };
    const v = judge(
      'Hope you are well',
      analysis(),
      state({ cooldown, cooldownReason: 'Give them room.' }),
      NOON,
    );
    expect(v.holds).toEqual([{ kind: 'doubleText', endsAt: cooldown.endsAt, reason: 'Give them room.' }]);
  });

  it('a cooldown that has ended no longer holds', () => {
    const v = judge(
      'Hope you are well',
      analysis(),
      state({ cooldown: { startedAt: 0, endsAt: NOON - 1 } }),
      NOON,
    );
    expect(v.level).toBe('clear');
  });

  it('no contact holds every message and offers no Send anyway', () => {
    const v = judge('Hope you are well', analysis(), state({ noContact: true }), NOON);
    expect(v.holds.map((h) => h.kind)).toEqual(['noContact']);
    expect(v.sendAnyway).toBe('never');
  });

  it("strictness 'hold-5s' delays Send anyway; 'until-cooldown' removes it while a cooldown runs", () => {
    const held = analysis(finding('hold'));
    expect(judge('x', held, state({ strictness: 'hold-5s' }), NOON).sendAnyway).toBe('after-wait');
    const cooldown = { startedAt: NOON - 1, endsAt: NOON + 60_000 };
    expect(judge('x', held, state({ strictness: 'until-cooldown', cooldown }), NOON).sendAnyway).toBe(
      'never',
    );
    expect(judge('x', held, state({ strictness: 'until-cooldown' }), NOON).sendAnyway).toBe('now');
  });

  it('quiet hours hold a message late at night', () => {
    const quietHours = { enabled: true, startHour: 23, endHour: 7 };
    const late = new Date(2026, 10, 27, 1, 30).getTime();
    expect(judge('hey', analysis(), state({ quietHours }), late).holds).toEqual([{ kind: 'quietHours' }]);
    expect(judge('hey', analysis(), state({ quietHours }), NOON).holds).toEqual([]);
  });

  it('without an analysis (failed or not loaded) only context holds apply', () => {
    expect(judge('I miss you', null, state(), NOON).level).toBe('clear');
    expect(judge('I miss you', null, state({ noContact: true }), NOON).level).toBe('hold');
  });

  it('an empty draft is never held', () => {
    expect(judge('  ', null, state({ noContact: true }), NOON).holds).toEqual([]);
  });
});

describe('inQuietHours', () => {
  it.each([
    [23, 7, 23, true],
    [23, 7, 6, true],
    [23, 7, 7, false],
    [1, 5, 3, true],
    [1, 5, 5, false],
  ])('window %i-%i at %i:00 → %s', (startHour, endHour, hour, expected) => {
    expect(inQuietHours({ enabled: true, startHour, endHour }, new Date(2026, 0, 1, hour))).toBe(expected);
  });

  it('disabled never holds', () => {
    expect(inQuietHours({ enabled: false, startHour: 0, endHour: 23 }, new Date(2026, 0, 1, 3))).toBe(false);
  });
});
