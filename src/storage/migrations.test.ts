import { get, setMany } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../background/test-helpers';
import { conversationKey } from '../coach/guard-policy';
import { SCHEMA_VERSION } from './schema';
import { openStore } from './store';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const HOUR = 3_600_000;

/** What the prototype (v0) left in IndexedDB: a single blob. */
const v0Fixture = {
  state: {
    stage: 2,
    stageStartedAt: NOW - 72 * HOUR,
    ticks: ['s2_casual_invite', 'not_an_item'],
    conversations: {
      'chat-sam': {
        site: 'whatsapp',
        id: 'chat-sam',
        name: 'Sam',
        lastSent: NOW - HOUR,
        lastReply: null,
        cooldownUntil: NOW + 5 * HOUR,
      },
    },
    cooldownHours: 6,
    strictness: 'hold-5s',
  },
};

/** v1: one key per part, no version key, cooldown lengths as an array. */
const v1Fixture = {
  stage: { current: 3, startedAt: NOW - 24 * HOUR },
  checklist: { 3: ['s3_listen'] },
  conversations: {
    x: {
      ref: { site: 'slack', conversationId: 'D1', displayName: 'Jo' },
      lastSentAt: NOW - HOUR,
      lastReplyAt: null,
      cooldown: { startedAt: NOW - HOUR, endsAt: NOW + HOUR },
      mark: 'ex',
    },
  },
  settings: {
    cooldownHours: [10, 8, 12, 6, 80, 3],
    strictness: 'warn',
    disabledRules: ['pushy-answer-me'],
    pausedUntil: null,
  },
  counts: { '2026-11-26': { held: 3, edited: 2, sentAnyway: 1, sentClean: 4 } },
};

describe('migrations', () => {
  it('v0 single blob → current', async () => {
    const db = freshDb();
    await setMany(Object.entries(v0Fixture), db);
    const state = await openStore(() => NOW, db).load();
    expect(state.stage).toEqual({ current: 2, startedAt: NOW - 72 * HOUR });
    expect(state.checklist[2]).toEqual(['s2_casual_invite']);
    const sam = state.conversations[conversationKey({ site: 'whatsapp', conversationId: 'chat-sam' })];
    expect(sam).toMatchObject({
      ref: { displayName: 'Sam' },
      cooldown: { startedAt: NOW - HOUR, endsAt: NOW + 5 * HOUR },
      noContact: null,
      mark: null,
    });
    expect(state.settings.cooldownHours[2]).toBe(6);
    expect(state.settings.strictness).toBe('hold-5s');
    expect(state.settings.quietHours.enabled).toBe(true);
    // Rewritten in the current layout; the old blob is gone.
    expect(await get('schemaVersion', db)).toBe(SCHEMA_VERSION);
    expect(await get('state', db)).toBeUndefined();
    expect(await get('settings', db)).toMatchObject({ strictness: 'hold-5s' });
  });

  it('v1 parts → current', async () => {
    const db = freshDb();
    await setMany(Object.entries(v1Fixture), db);
    const state = await openStore(() => NOW, db).load();
    expect(state.stage.current).toBe(3);
    expect(state.checklist[3]).toEqual(['s3_listen']);
    expect(state.settings.cooldownHours).toEqual({ 1: 10, 2: 8, 3: 12, 4: 6, 5: 80, 6: 3 });
    expect(state.settings.disabledRules).toEqual(['pushy-answer-me']);
    expect(state.counts['2026-11-26']).toEqual({ held: 3, edited: 2, sentAnyway: 1, sentClean: 4 });
    expect(Object.values(state.conversations)[0]).toMatchObject({ mark: 'ex', noContact: null });
    expect(state.tabs).toEqual({});
    expect(await get('schemaVersion', db)).toBe(SCHEMA_VERSION);
  });

  it('a corrupt v0 blob still yields a working state', async () => {
    const db = freshDb();
    await setMany([['state', 'not json at all']], db);
    const state = await openStore(() => NOW, db).load();
    expect(state.stage.current).toBe(1);
    expect(state.conversations).toEqual({});
  });
});
