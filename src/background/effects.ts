import { browser } from 'wxt/browser';
import { activeCooldown, badgeText } from '../coach/cooldown';
import { cooldownMaxMs, isGuarded } from '../coach/guard-policy';
import type { CoachState } from '../coach/types';
import { t } from '../i18n/t';
import { sendMessage } from '../messaging/protocol';
import type { Effects } from './service';

export const COOLDOWN_ALARM_PREFIX = 'rekindle:cooldown:';
export const BADGE_TICK_ALARM = 'rekindle:badge-tick';
export const PAUSE_END_ALARM = 'rekindle:pause-end';

/** MV3 has `action`; Firefox MV2 only `browserAction` (WXT does not alias it at runtime). */
function toolbarAction() {
  const api = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return api.action ?? api.browserAction;
}

async function refreshBadges(state: CoachState, now = Date.now()): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  const max = cooldownMaxMs(state);
  await Promise.allSettled(
    Object.entries(state.tabs).map(async ([tab, key]) => {
      const record = state.conversations[key];
      const guarded = record ? isGuarded(state, record.ref, now) : false;
      const cooldown = record && guarded ? activeCooldown(record.cooldown, now, max) : null;
      const tabId = Number(tab);
      await action.setBadgeText({ tabId, text: cooldown ? badgeText(cooldown.endsAt - now) : '' });
      if (cooldown) await action.setBadgeBackgroundColor({ tabId, color: '#6d4c9f' });
    }),
  );
}

/** One alarm per running cooldown (its end), a minute tick for the badge, and one at the pause's end. */
async function syncAlarms(state: CoachState, now = Date.now()): Promise<void> {
  const max = cooldownMaxMs(state);
  const wanted = new Map<string, number>();
  for (const [key, record] of Object.entries(state.conversations)) {
    const cooldown = activeCooldown(record.cooldown, now, max);
    if (cooldown) wanted.set(COOLDOWN_ALARM_PREFIX + key, cooldown.endsAt);
  }
  const pausedUntil = state.settings.pausedUntil;
  if (pausedUntil && pausedUntil > now) wanted.set(PAUSE_END_ALARM, pausedUntil);
  const existing = await browser.alarms.getAll();
  for (const alarm of existing) {
    const isOurs = alarm.name.startsWith(COOLDOWN_ALARM_PREFIX) || alarm.name === PAUSE_END_ALARM;
    if (isOurs && wanted.get(alarm.name) !== alarm.scheduledTime) await browser.alarms.clear(alarm.name);
  }
  for (const [name, when] of wanted) {
    if (existing.some((a) => a.name === name && a.scheduledTime === when)) continue;
    await browser.alarms.create(name, { when });
  }
  const anyCooldown = [...wanted.keys()].some((n) => n.startsWith(COOLDOWN_ALARM_PREFIX));
  const tick = existing.find((a) => a.name === BADGE_TICK_ALARM);
  if (anyCooldown && !tick) await browser.alarms.create(BADGE_TICK_ALARM, { periodInMinutes: 1 });
  if (!anyCooldown && tick) await browser.alarms.clear(BADGE_TICK_ALARM);
}

/** Tells every tab's guard and any open popup / options page to re-read their state. */
async function broadcast(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.allSettled([
    ...tabs.map((tab) =>
      tab.id === undefined ? Promise.resolve() : sendMessage('guardStateChanged', undefined, tab.id),
    ),
    // Extension pages listen through runtime messaging; with none open this rejects, which is fine.
    sendMessage('guardStateChanged', undefined).catch(() => undefined),
  ]);
}

async function cooldownOver(state: CoachState, key: string): Promise<void> {
  const record = state.conversations[key];
  if (!record || !isGuarded(state, record.ref, Date.now()) || record.noContact) return;
  await browser.notifications.create(`rekindle-cooldown-${key}`, {
    type: 'basic',
    // The icon is copied in by a build hook, so it is not among WXT's generated public paths.
    iconUrl: (browser.runtime.getURL as (path: string) => string)('/icon/128.png'),
    title: t('coach_notify_cooldown_title'),
    message: record.ref.displayName
      ? t('coach_notify_cooldown_body_named', record.ref.displayName)
      : t('coach_notify_cooldown_body'),
  });
}

export const browserEffects: Effects = {
  async stateChanged(state) {
    const results = await Promise.allSettled([refreshBadges(state), syncAlarms(state), broadcast()]);
    for (const r of results)
      if (r.status === 'rejected') console.error('[rekindle] background effect failed', r.reason);
  },
  refreshBadges: (state) => refreshBadges(state),
  async cooldownOver(state, key) {
    await cooldownOver(state, key).catch((error) => console.error('[rekindle] notification failed', error));
  },
  translate: (key, substitutions) => t(key, substitutions),
};

export { broadcast, refreshBadges, syncAlarms };
