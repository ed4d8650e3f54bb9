import { createStore } from 'idb-keyval';
import type { CoachState } from '../coach/types';
import type { ConversationRef } from '../messaging/protocol';
import { openStore } from '../storage/store';
import { createService, type Effects } from './service';

let dbCounter = 0;

/** A fresh IndexedDB database per call (fake-indexeddb), so tests never share state. */
export function freshDb() {
  dbCounter += 1;
  return createStore(`rekindle-test-${dbCounter}-${Date.now()}`, 'state');
}

export function recordingEffects() {
  const changes: CoachState[] = [];
  const over: string[] = [];
  const effects: Effects = {
    async stateChanged(state) {
      changes.push(state);
    },
    async refreshBadges() {},
    async cooldownOver(_state, key) {
      over.push(key);
    },
    translate: (key) => `«${key}»`,
  };
  return { effects, changes, over };
}

/** A service on its own database with a clock the test moves. */
export function serviceWithClock(start = Date.UTC(2026, 10, 27, 12, 0, 0), db = freshDb()) {
  const clock = { now: start };
  const now = () => clock.now;
  const recorded = recordingEffects();
  const store = openStore(now, db);
  const service = createService({ store, effects: recorded.effects, now });
  return { service, store, clock, db, ...recorded };
}

export const sam: ConversationRef = { site: 'whatsapp', conversationId: 'chat-sam', displayName: 'Sam' };
export const alex: ConversationRef = { site: 'discord', conversationId: 'dm-alex', displayName: 'Alex' };
export const HOUR = 3_600_000;
