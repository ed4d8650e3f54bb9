import type { Stage } from '../analysis/types';
import { setItem } from '../coach/checklist';
import { activeCooldown, normalizeCooldownHours } from '../coach/cooldown';
import { bump, dayKey, emptyDay } from '../coach/counts';
import {
  conversationKey,
  cooldownMaxMs,
  focusConversation,
  guardStateFor,
  isGuarded,
  isPaused,
} from '../coach/guard-policy';
import { isStage, stageCooldownReasonKey } from '../coach/stages';
import * as tr from '../coach/transitions';
import type { CoachState } from '../coach/types';
import type {
  CoachView,
  ConversationRef,
  ExportBundle,
  GuardState,
  ProtocolMap,
  SettingsPatch,
} from '../messaging/protocol';
import { readSettings } from '../storage/sanitize';
import { SCHEMA_VERSION } from '../storage/schema';
import type { StateStore } from '../storage/store';

/** What the service needs from the browser; the real one is in effects.ts, tests pass their own. */
export interface Effects {
  /** Badge, alarms and broadcast after a change. */
  stateChanged(state: CoachState): Promise<void>;
  /** Badge only (minutes tick down without any state change). */
  refreshBadges(state: CoachState): Promise<void>;
  /** A cooldown ran out in this chat. */
  cooldownOver(state: CoachState, key: string): Promise<void>;
  translate(key: string, substitutions?: string | string[]): string;
}

export interface ServiceDeps {
  store: StateStore;
  effects: Effects;
  now?: () => number;
}

type Args<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
type Result<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;
/** The coach's messages; other concerns register their own (one listener per message type). */
export const COACH_MESSAGES = [
  'conversationOpened',
  'getGuardState',
  'messageSent',
  'replySeen',
  'recordOutcome',
  'setChatMark',
  'pauseGuard',
  'resumeGuard',
  'getCoachView',
  'setStage',
  'setChecklistItem',
  'theyReplied',
  'updateSettings',
  'recordBoundary',
  'liftNoContact',
  'exportData',
  'resetAll',
] as const satisfies readonly (keyof ProtocolMap)[];

/** Handlers for every coach message; `tabId` is the sending tab, if any. */
export type Handlers = {
  [K in (typeof COACH_MESSAGES)[number]]: (data: Args<K>, tabId: number | null) => Promise<Result<K>>;
};

function validRef(ref: ConversationRef | undefined): ref is ConversationRef {
  return Boolean(
    ref &&
      typeof ref.site === 'string' &&
      ref.site &&
      typeof ref.conversationId === 'string' &&
      ref.conversationId,
  );
}

export function createService({ store, effects, now = Date.now }: ServiceDeps) {
  const reason = (state: CoachState) => effects.translate(stageCooldownReasonKey(state.stage.current));

  /** Applies a pure transition, saves it, then updates badge/alarms/tabs once. */
  async function change(fn: (state: CoachState, at: number) => CoachState): Promise<CoachState> {
    let changed = false;
    const after = await store.update((before) => {
      const next = fn(before, now());
      changed = next !== before;
      return next;
    });
    if (changed) await effects.stateChanged(after);
    return after;
  }

  function guardState(state: CoachState, ref: ConversationRef): GuardState {
    return guardStateFor(state, ref, now(), reason(state));
  }

  function view(state: CoachState, tabId: number | null): CoachView {
    const at = now();
    const max = cooldownMaxMs(state);
    return {
      now: at,
      stage: state.stage.current,
      stageStartedAt: state.stage.startedAt,
      checklist: state.checklist,
      settings: state.settings,
      pausedUntil: isPaused(state, at) ? state.settings.pausedUntil : null,
      conversations: Object.entries(state.conversations).map(([key, c]) => ({
        ...c,
        key,
        cooldown: activeCooldown(c.cooldown, at, max),
        guarded: isGuarded(state, c.ref, at),
      })),
      focusKey: focusConversation(state, tabId, at),
      today: state.counts[dayKey(at)] ?? emptyDay(),
    };
  }

  const handlers: Handlers = {
    async conversationOpened(ref, tabId) {
      if (!validRef(ref)) throw new Error('conversationOpened: bad conversation ref');
      return guardState(await change((s) => tr.openConversation(s, ref, tabId)), ref);
    },
    async getGuardState(ref) {
      if (!validRef(ref)) throw new Error('getGuardState: bad conversation ref');
      return guardState(await store.load(), ref);
    },
    async messageSent({ ref, outcome }) {
      if (!validRef(ref)) return;
      await change((s, at) => tr.recordSent({ ...s, counts: bump(s.counts, outcome, at) }, ref, at));
    },
    async replySeen({ ref, boundary }) {
      if (!validRef(ref)) return;
      await change((s, at) => tr.recordReply(s, ref, boundary === true, at));
    },
    async recordOutcome(outcome) {
      if (!['held', 'edited', 'sentAnyway', 'sentClean'].includes(outcome)) return;
      await change((s, at) => ({ ...s, counts: bump(s.counts, outcome, at) }));
    },
    async setChatMark({ ref, mark }) {
      if (!validRef(ref) || !(mark === 'ex' || mark === 'unguarded' || mark === null)) return;
      await change((s) => tr.setMark(s, ref, mark));
    },
    async pauseGuard(minutes) {
      await change((s, at) => tr.pauseGuard(s, minutes, at));
    },
    async resumeGuard() {
      await change((s, at) => tr.pauseGuard(s, 0, at));
    },
    async getCoachView(data) {
      const tabId = typeof data?.tabId === 'number' ? data.tabId : null;
      return view(await store.load(), tabId);
    },
    async setStage(stage: Stage) {
      if (!isStage(stage)) return;
      await change((s, at) => tr.setStage(s, stage, at));
    },
    async setChecklistItem({ stage, itemId, done }) {
      if (!isStage(stage)) return;
      await change((s) => {
        const checklist = setItem(s.checklist, stage, itemId, done);
        return checklist === s.checklist ? s : { ...s, checklist };
      });
    },
    async theyReplied(ref) {
      if (!validRef(ref)) return;
      await change((s, at) => tr.recordReply(s, ref, false, at));
    },
    async updateSettings(patch: SettingsPatch) {
      const state = await change((s) => {
        const merged = readSettings({ ...s.settings, ...patch, pausedUntil: s.settings.pausedUntil });
        merged.cooldownHours = normalizeCooldownHours({
          ...s.settings.cooldownHours,
          ...(patch.cooldownHours ?? {}),
        });
        return JSON.stringify(merged) === JSON.stringify(s.settings) ? s : { ...s, settings: merged };
      });
      return state.settings;
    },
    async recordBoundary({ ref, kind }) {
      if (!validRef(ref) || (kind !== 'asked-space' && kind !== 'blocked')) return;
      await change((s, at) => tr.recordBoundary(s, ref, kind, at));
    },
    async liftNoContact(ref) {
      if (!validRef(ref)) return;
      await change((s) => tr.liftNoContact(s, conversationKey(ref)));
    },
    async exportData(): Promise<ExportBundle> {
      const state = await store.load();
      return {
        app: 'rekindle',
        schemaVersion: SCHEMA_VERSION,
        exportedAt: new Date(now()).toISOString(),
        stage: state.stage.current,
        settings: state.settings,
        counts: state.counts,
      };
    },
    async resetAll() {
      await store.reset();
      await effects.stateChanged(await store.load());
    },
  };

  /** Alarm or start-up: drop cooldowns that are over, tell the user, refresh badges and tabs. */
  async function expire(): Promise<void> {
    let ended: string[] = [];
    let changed = false;
    const state = await change((s, at) => {
      const result = tr.expireCooldowns(s, at);
      ended = result.ended;
      changed = result.state !== s;
      return result.state;
    });
    if (!changed) await effects.refreshBadges(state);
    for (const key of ended) await effects.cooldownOver(state, key);
  }

  async function browserStarted(): Promise<void> {
    await store.update(tr.forgetTabs);
    await expire();
  }

  async function tabClosed(tabId: number): Promise<void> {
    await store.update((s) => tr.closeTab(s, tabId));
  }

  return { handlers, expire, browserStarted, tabClosed, load: () => store.load() };
}

export type CoachService = ReturnType<typeof createService>;
