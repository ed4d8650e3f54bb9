import { describe, expect, it } from 'vitest';
import { DEFAULT_COOLDOWN_HOURS } from '../coach/cooldown';
import { conversationKey } from '../coach/guard-policy';
import { alex, HOUR, sam, serviceWithClock } from './test-helpers';

describe('background handlers', () => {
  it('a sent message in a guarded chat starts the stage cooldown, and a reply ends it', async () => {
    const { service, clock, changes } = serviceWithClock();
    const h = service.handlers;
    const opened = await h.conversationOpened(sam, 7);
    expect(opened).toMatchObject({ stage: 1, guarded: true, noContact: false, cooldown: null });

    await h.messageSent({ ref: sam, outcome: 'sentClean' }, 7);
    const during = await h.getGuardState(sam, 7);
    expect(during.cooldown).toEqual({
      startedAt: clock.now,
      endsAt: clock.now + DEFAULT_COOLDOWN_HOURS[1] * HOUR,
    });
    expect(during.cooldownReason).toBe('«coach_stage1_cooldown_reason»');
    expect(changes.length).toBeGreaterThanOrEqual(2);

    clock.now += HOUR;
    await h.replySeen({ ref: sam, boundary: false }, 7);
    expect((await h.getGuardState(sam, 7)).cooldown).toBeNull();
  });

  it('"They replied" from the popup ends the cooldown', async () => {
    const { service } = serviceWithClock();
    await service.handlers.messageSent({ ref: sam, outcome: 'sentAnyway' }, 3);
    expect((await service.handlers.getGuardState(sam, null)).cooldown).not.toBeNull();
    await service.handlers.theyReplied(sam, null);
    expect((await service.handlers.getGuardState(sam, null)).cooldown).toBeNull();
  });

  it('the cooldown survives a restart of the worker (state only on disk)', async () => {
    const first = serviceWithClock();
    await first.service.handlers.messageSent({ ref: sam, outcome: 'sentClean' }, 1);
    const restarted = serviceWithClock(first.clock.now + 2 * HOUR, first.db);
    const state = await restarted.service.handlers.getGuardState(sam, null);
    expect(state.cooldown?.endsAt).toBe(first.clock.now + DEFAULT_COOLDOWN_HOURS[1] * HOUR);
  });

  it('a boundary reply switches that person to no contact, and only options can lift it', async () => {
    const { service } = serviceWithClock();
    const h = service.handlers;
    await h.replySeen({ ref: sam, boundary: true }, 1);
    const state = await h.getGuardState(sam, 1);
    expect(state.noContact).toBe(true);
    expect(state.guarded).toBe(true);
    // Another person is not affected.
    expect((await h.getGuardState(alex, 2)).noContact).toBe(false);
    // A later ordinary reply does not lift it.
    await h.replySeen({ ref: sam, boundary: false }, 1);
    expect((await h.getGuardState(sam, 1)).noContact).toBe(true);
    await h.liftNoContact(sam, null);
    expect((await h.getGuardState(sam, 1)).noContact).toBe(false);
  });

  it('no contact holds even while the guard is paused or the chat unguarded', async () => {
    const { service } = serviceWithClock();
    const h = service.handlers;
    await h.recordBoundary({ ref: sam, kind: 'blocked' }, null);
    await h.pauseGuard(15, null);
    await h.setChatMark({ ref: sam, mark: 'unguarded' }, null);
    expect(await h.getGuardState(sam, null)).toMatchObject({ guarded: true, noContact: true });
  });

  it('a boundary phrase in an unguarded chat is not acted on', async () => {
    const { service } = serviceWithClock();
    await service.handlers.setChatMark({ ref: alex, mark: 'unguarded' }, null);
    await service.handlers.replySeen({ ref: alex, boundary: true }, null);
    expect((await service.handlers.getGuardState(alex, null)).noContact).toBe(false);
  });

  it('guards every chat until one is marked as the ex, then only marked chats', async () => {
    const { service } = serviceWithClock();
    const h = service.handlers;
    expect((await h.getGuardState(alex, null)).guarded).toBe(true);
    await h.setChatMark({ ref: sam, mark: 'ex' }, null);
    expect((await h.getGuardState(sam, null)).guarded).toBe(true);
    expect((await h.getGuardState(alex, null)).guarded).toBe(false);
    await h.setChatMark({ ref: sam, mark: null }, null);
    expect((await h.getGuardState(alex, null)).guarded).toBe(true);
  });

  it('a pause unguards until it runs out; sends during it start no cooldown', async () => {
    const { service, clock } = serviceWithClock();
    const h = service.handlers;
    await h.pauseGuard(15, null);
    const paused = await h.getGuardState(sam, null);
    expect(paused).toMatchObject({ guarded: false, pausedUntil: clock.now + 15 * 60_000 });
    await h.messageSent({ ref: sam, outcome: 'sentClean' }, null);
    clock.now += 16 * 60_000;
    expect(await h.getGuardState(sam, null)).toMatchObject({
      guarded: true,
      pausedUntil: null,
      cooldown: null,
    });
    await h.pauseGuard(60, null);
    await h.resumeGuard(undefined, null);
    expect((await h.getGuardState(sam, null)).guarded).toBe(true);
  });

  it('a switched-off site is not guarded', async () => {
    const { service } = serviceWithClock();
    await service.handlers.updateSettings({ unguardedSites: ['discord'] }, null);
    expect((await service.handlers.getGuardState(alex, null)).guarded).toBe(false);
    expect((await service.handlers.getGuardState(sam, null)).guarded).toBe(true);
  });

  it('remembers which conversation each tab shows, for the badge and the popup', async () => {
    const { service } = serviceWithClock();
    await service.handlers.conversationOpened(sam, 11);
    await service.handlers.conversationOpened(alex, 12);
    await service.handlers.messageSent({ ref: alex, outcome: 'sentClean' }, 12);
    const view = await service.handlers.getCoachView({ tabId: 11 }, null);
    expect(view.focusKey).toBe(conversationKey(sam));
    const noTab = await service.handlers.getCoachView({ tabId: 99 }, null);
    expect(noTab.focusKey).toBe(conversationKey(alex)); // the chat with a running cooldown
    await service.tabClosed(11);
    expect((await service.load()).tabs).toEqual({ 12: conversationKey(alex) });
    // After a browser restart tab ids mean nothing any more; the chats and their cooldowns stay.
    await service.browserStarted();
    const restarted = await service.load();
    expect(restarted.tabs).toEqual({});
    expect(restarted.conversations[conversationKey(alex)]?.cooldown).not.toBeNull();
  });

  it('counts outcomes per day and exports settings and counts without chat names', async () => {
    const { service } = serviceWithClock();
    const h = service.handlers;
    await h.recordOutcome('held', null);
    await h.recordOutcome('edited', null);
    await h.messageSent({ ref: sam, outcome: 'sentClean' }, null);
    const view = await h.getCoachView({ tabId: null }, null);
    expect(view.today).toEqual({ held: 1, edited: 1, sentAnyway: 0, sentClean: 1 });
    const bundle = await h.exportData(undefined, null);
    expect(bundle.app).toBe('rekindle');
    expect(Object.values(bundle.counts)[0]).toEqual({ held: 1, edited: 1, sentAnyway: 0, sentClean: 1 });
    expect(JSON.stringify(bundle)).not.toContain('Sam');
  });

  it('keeps stage, ticks and settings in step, with bounds on cooldown lengths', async () => {
    const { service } = serviceWithClock();
    const h = service.handlers;
    await h.setChecklistItem({ stage: 1, itemId: 's1_warm_note', done: true }, null);
    await h.setStage(2, null);
    await h.setStage(1, null);
    const saved = await h.updateSettings(
      { cooldownHours: { 1: 1, 2: 10, 3: 12, 4: 6, 5: 3, 6: 2 }, strictness: 'hold-5s' },
      null,
    );
    expect(saved.cooldownHours[1]).toBe(4); // never under 4 h in stages 1–3
    expect(saved.cooldownHours[5]).toBe(12); // stage 5 stays the longest
    expect(saved.strictness).toBe('hold-5s');
    const view = await h.getCoachView({ tabId: null }, null);
    expect(view.stage).toBe(1);
    expect(view.checklist[1]).toEqual(['s1_warm_note']);
  });

  it('reset forgets everything', async () => {
    const { service } = serviceWithClock();
    await service.handlers.setStage(4, null);
    await service.handlers.messageSent({ ref: sam, outcome: 'sentClean' }, null);
    await service.handlers.resetAll(undefined, null);
    const view = await service.handlers.getCoachView({ tabId: null }, null);
    expect(view.stage).toBe(1);
    expect(view.conversations).toEqual([]);
  });

  it('expire() ends cooldowns that ran out and tells the user once', async () => {
    const { service, clock, over } = serviceWithClock();
    await service.handlers.messageSent({ ref: sam, outcome: 'sentClean' }, null);
    await service.expire();
    expect(over).toEqual([]);
    clock.now += DEFAULT_COOLDOWN_HOURS[1] * HOUR + 1;
    await service.expire();
    await service.expire();
    expect(over).toEqual([conversationKey(sam)]);
    expect((await service.load()).conversations[conversationKey(sam)]?.cooldown).toBeNull();
  });

  it('rejects malformed refs from a content script without touching state', async () => {
    const { service } = serviceWithClock();
    await expect(
      service.handlers.getGuardState({ site: '', conversationId: '', displayName: '' }, null),
    ).rejects.toThrow();
    await service.handlers.messageSent({ ref: undefined as never, outcome: 'sentClean' }, null);
    expect((await service.load()).conversations).toEqual({});
  });
});
