import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { conversationKey } from '../coach/guard-policy';
import { recordSent } from '../coach/transitions';
import { defaultState } from '../storage/schema';
import {
  BADGE_TICK_ALARM,
  browserEffects,
  COOLDOWN_ALARM_PREFIX,
  refreshBadges,
  syncAlarms,
} from './effects';
import { sam } from './test-helpers';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);

function stateWithCooldownInTab(tabId: number) {
  const base = defaultState(NOW);
  const sent = recordSent(base, sam, NOW);
  return { ...sent, tabs: { [tabId]: conversationKey(sam) } };
}

describe('browser effects', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `«${key}»`);
  });

  it('the badge shows the time left for the tab’s conversation', async () => {
    const state = stateWithCooldownInTab(4);
    await refreshBadges(state, NOW + 60 * 60_000);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('23h');
    await refreshBadges(state, NOW + 23.5 * 3_600_000);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('30m');
    await refreshBadges(state, NOW + 25 * 3_600_000);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  it('schedules an alarm at the cooldown’s end and a minute tick, and clears them when it is gone', async () => {
    const state = stateWithCooldownInTab(4);
    await syncAlarms(state, NOW);
    const alarm = await fakeBrowser.alarms.get(COOLDOWN_ALARM_PREFIX + conversationKey(sam));
    expect(alarm?.scheduledTime).toBe(NOW + 24 * 3_600_000);
    expect(await fakeBrowser.alarms.get(BADGE_TICK_ALARM)).toBeDefined();
    await syncAlarms(defaultState(NOW), NOW);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('notifies when a cooldown is over, naming the chat but nothing it said', async () => {
    const state = stateWithCooldownInTab(4);
    await browserEffects.cooldownOver(state, conversationKey(sam));
    const all = await fakeBrowser.notifications.getAll();
    const [notification] = Object.values(all) as { title: string; message: string }[];
    expect(notification?.title).toBe('«coach_notify_cooldown_title»');
    expect(notification?.message).toBe('«coach_notify_cooldown_body_named»');
  });
});
