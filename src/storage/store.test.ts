import { createStore, get, setMany } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../background/test-helpers';
import { conversationKey } from '../coach/guard-policy';
import { SCHEMA_VERSION } from './schema';
import { openStore } from './store';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const HOUR = 3_600_000;

describe('state store', () => {
  it('starts from defaults and saves only what changed', async () => {
    const db = freshDb();
    const store = openStore(() => NOW, db);
    const state = await store.load();
    expect(state.stage).toEqual({ current: 1, startedAt: NOW });
    await store.update((s) => ({ ...s, stage: { current: 2, startedAt: NOW } }));
    expect(await get('stage', db)).toEqual({ current: 2, startedAt: NOW });
    expect(await get('counts', db)).toBeUndefined();
    expect(await get('schemaVersion', db)).toBe(SCHEMA_VERSION);
  });

  it('serialises concurrent updates so none is lost', async () => {
    const store = openStore(() => NOW, freshDb());
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        store.update((s) => ({
          ...s,
          counts: {
            ...s.counts,
            [`2026-01-${String(i + 1).padStart(2, '0')}`]: {
              held: 1,
              edited: 0,
              sentAnyway: 0,
              sentClean: 0,
            },
          },
        })),
      ),
    );
    expect(Object.keys((await store.load()).counts)).toHaveLength(10);
  });

  it('uses a database named rekindle with a state store by default', async () => {
    const store = openStore(() => NOW);
    await store.update((s) => ({ ...s, stage: { current: 3, startedAt: NOW } }));
    expect(await get('stage', createStore('rekindle', 'state'))).toEqual({ current: 3, startedAt: NOW });
  });

  describe('corrupt data falls back per part, keeping the rest', () => {
    const good = {
      stage: { current: 4, startedAt: NOW - 5 * HOUR },
      checklist: { 4: ['s4_small_gesture'] },
      conversations: {
        a: {
          ref: { site: 'whatsapp', conversationId: 'sam', displayName: 'Sam' },
          lastSentAt: NOW - HOUR,
          lastReplyAt: null,
          cooldown: { startedAt: NOW - HOUR, endsAt: NOW + HOUR },
          mark: 'ex',
          noContact: null,
        },
      },
      settings: {
        strictness: 'until-cooldown',
        cooldownHours: { 1: 30 },
        quietHours: { enabled: false, startHour: 22, endHour: 6 },
        disabledRules: ['x'],
        unguardedSites: [],
        pausedUntil: null,
      },
      counts: { '2026-11-27': { held: 2, edited: 1, sentAnyway: 0, sentClean: 5 } },
      tabs: { 5: 'whatsapp\u241fsam' },
    };
    const garbage: unknown[] = ['💥', 42, null, [1, 2], { current: 'seven' }, true];

    for (const part of Object.keys(good) as (keyof typeof good)[]) {
      it.each(garbage)(`garbage in ${part} (%j)`, async (junk) => {
        const db = freshDb();
        await setMany([...Object.entries(good), ['schemaVersion', 2], [part, junk]], db);
        const state = await openStore(() => NOW, db).load();
        const fresh = await openStore(() => NOW, freshDb()).load();
        expect(state[part]).toEqual(fresh[part]);
        for (const other of Object.keys(good) as (keyof typeof good)[]) {
          if (other === part) continue;
          const expected = await openStore(() => NOW, await seeded(good)).load();
          expect(state[other]).toEqual(expected[other]);
        }
      });
    }

    it('a bad conversation entry is dropped, the good ones stay', async () => {
      const db = freshDb();
      await setMany(
        [
          ['schemaVersion', 2],
          [
            'conversations',
            {
              ...good.conversations,
              b: { ref: 'nope' },
              c: {
                ref: { site: 'slack', conversationId: 'C1' },
                cooldown: { startedAt: 'x' },
                mark: 'bogus',
              },
            },
          ],
        ],
        db,
      );
      const { conversations } = await openStore(() => NOW, db).load();
      expect(Object.keys(conversations).sort()).toEqual(
        [conversationKey({ site: 'slack', conversationId: 'C1' }), 'whatsapp\u241fsam'].sort(),
      );
      expect(conversations[conversationKey({ site: 'slack', conversationId: 'C1' })]).toMatchObject({
        cooldown: null,
        mark: null,
        ref: { displayName: '' },
      });
    });

    it('a stage start in the future (clock went back) is clamped to now', async () => {
      const db = freshDb();
      await setMany(
        [
          ['schemaVersion', 2],
          ['stage', { current: 2, startedAt: NOW + 48 * HOUR }],
        ],
        db,
      );
      expect((await openStore(() => NOW, db).load()).stage).toEqual({ current: 2, startedAt: NOW });
    });

    it('an unknown newer schema version is read best-effort without crashing', async () => {
      const db = freshDb();
      await setMany(
        [
          ['schemaVersion', 99],
          ['stage', { current: 5, startedAt: NOW, extra: true }],
          ['futurePart', { a: 1 }],
        ],
        db,
      );
      const state = await openStore(() => NOW, db).load();
      expect(state.stage.current).toBe(5);
    });
  });
});

async function seeded(parts: Record<string, unknown>) {
  const db = freshDb();
  await setMany([...Object.entries(parts), ['schemaVersion', 2]], db);
  return db;
}
