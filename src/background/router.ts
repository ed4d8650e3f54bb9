import { browser } from 'wxt/browser';
import { onMessage, type ProtocolMap } from '../messaging/protocol';
import { BADGE_TICK_ALARM, broadcast, COOLDOWN_ALARM_PREFIX, PAUSE_END_ALARM } from './effects';
import { COACH_MESSAGES, type CoachService } from './service';

/** Wires every protocol message, alarm and tab event to the service. Listeners are registered synchronously. */
export function startRouter(service: CoachService): void {
  for (const name of COACH_MESSAGES) {
    const handler = service.handlers[name] as (data: unknown, tabId: number | null) => Promise<unknown>;
    onMessage(name as keyof ProtocolMap, async (message) => {
      try {
        // The handler's result type matches the message name; the generic map cannot express that here.
        return (await handler(message.data, message.sender?.tab?.id ?? null)) as never;
      } catch (error) {
        console.error(`[rekindle] ${name} failed`, error);
        throw error;
      }
    });
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(COOLDOWN_ALARM_PREFIX) || alarm.name === BADGE_TICK_ALARM) {
      service.expire().catch((error) => console.error('[rekindle] cooldown check failed', error));
    } else if (alarm.name === PAUSE_END_ALARM) {
      broadcast().catch((error) => console.error('[rekindle] broadcast failed', error));
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    service.tabClosed(tabId).catch((error) => console.error('[rekindle] tab cleanup failed', error));
  });

  // A browser restart or an update may have passed a cooldown's end while nothing ran.
  const logStartupError = (error: unknown) => console.error('[rekindle] start-up check failed', error);
  browser.runtime.onStartup.addListener(() => {
    service.browserStarted().catch(logStartupError);
  });
  browser.runtime.onInstalled.addListener(() => {
    service.expire().catch(logStartupError);
  });
}
