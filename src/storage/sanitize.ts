import { STAGES, type Stage } from '../analysis/types';
import { normalizeCooldownHours } from '../coach/cooldown';
import { conversationKey } from '../coach/guard-policy';
import { CHECKLISTS, isStage } from '../coach/stages';
import type {
  ChecklistState,
  CoachState,
  ConversationRecord,
  Counts,
  Settings,
  StageState,
  StatePart,
  TabConversations,
} from '../coach/types';
import { defaultSettings, defaultState } from './schema';

/**
 * Each reader accepts anything (corrupt, partial, from an unknown version) and returns a valid part:
 * what can be understood is kept, the rest falls back to defaults.
 */

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const timeOrNull = (v: unknown): number | null => (isTime(v) ? v : null);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
const hour = (v: unknown, fallback: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 23 ? v : fallback;

export function readStage(raw: unknown, now: number): StageState {
  if (!isObject(raw) || !isStage(raw.current)) return defaultState(now).stage;
  // A start in the future can only come from a clock that jumped back; it started no later than now.
  return { current: raw.current, startedAt: isTime(raw.startedAt) ? Math.min(raw.startedAt, now) : now };
}

export function readChecklist(raw: unknown): ChecklistState {
  const out = {} as ChecklistState;
  for (const stage of STAGES) {
    const ticks = isObject(raw) ? strings(raw[stage]) : [];
    out[stage] = CHECKLISTS[stage].filter((id) => ticks.includes(id));
  }
  return out;
}

function readConversation(raw: unknown): ConversationRecord | null {
  if (!isObject(raw) || !isObject(raw.ref)) return null;
  const { site, conversationId, displayName } = raw.ref;
  if (typeof site !== 'string' || typeof conversationId !== 'string' || !site || !conversationId) return null;
  const cd = raw.cooldown;
  const nc = raw.noContact;
  const kinds = ['asked-space', 'blocked', 'boundary-message'] as const;
  return {
    ref: { site, conversationId, displayName: typeof displayName === 'string' ? displayName : '' },
    lastSentAt: timeOrNull(raw.lastSentAt),
    lastReplyAt: timeOrNull(raw.lastReplyAt),
    cooldown:
      isObject(cd) && isTime(cd.startedAt) && isTime(cd.endsAt) && cd.endsAt > cd.startedAt
        ? { startedAt: cd.startedAt, endsAt: cd.endsAt }
        : null,
    mark: raw.mark === 'ex' || raw.mark === 'unguarded' ? raw.mark : null,
    noContact:
      isObject(nc) && isTime(nc.since)
        ? { since: nc.since, kind: kinds.find((k) => k === nc.kind) ?? 'asked-space' }
        : null,
  };
}

/** Bad entries are dropped one by one; the good ones stay. */
export function readConversations(raw: unknown): Record<string, ConversationRecord> {
  const out: Record<string, ConversationRecord> = {};
  if (!isObject(raw)) return out;
  for (const value of Object.values(raw)) {
    const record = readConversation(value);
    if (record) out[conversationKey(record.ref)] = record;
  }
  return out;
}

export function readSettings(raw: unknown): Settings {
  const d = defaultSettings();
  if (!isObject(raw)) return d;
  const strictness = ['warn', 'hold-5s', 'until-cooldown'].find((s) => s === raw.strictness) as
    | Settings['strictness']
    | undefined;
  const qh = isObject(raw.quietHours) ? raw.quietHours : {};
  return {
    cooldownHours: normalizeCooldownHours(
      isObject(raw.cooldownHours) ? (raw.cooldownHours as Partial<Record<Stage, unknown>>) : undefined,
    ),
    strictness: strictness ?? d.strictness,
    quietHours: {
      enabled: typeof qh.enabled === 'boolean' ? qh.enabled : d.quietHours.enabled,
      startHour: hour(qh.startHour, d.quietHours.startHour),
      endHour: hour(qh.endHour, d.quietHours.endHour),
    },
    disabledRules: strings(raw.disabledRules),
    unguardedSites: strings(raw.unguardedSites),
    pausedUntil: timeOrNull(raw.pausedUntil),
  };
}

export function readCounts(raw: unknown): Counts {
  const out: Counts = {};
  if (!isObject(raw)) return out;
  const n = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0);
  for (const [day, value] of Object.entries(raw)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isObject(value)) continue;
    out[day] = {
      held: n(value.held),
      edited: n(value.edited),
      sentAnyway: n(value.sentAnyway),
      sentClean: n(value.sentClean),
    };
  }
  return out;
}

export function readTabs(raw: unknown): TabConversations {
  const out: TabConversations = {};
  if (!isObject(raw)) return out;
  for (const [tab, key] of Object.entries(raw))
    if (/^\d+$/.test(tab) && typeof key === 'string') out[tab] = key;
  return out;
}

/** Reads every part independently; `parts` holds whatever was stored under each key. */
export function readState(parts: Partial<Record<StatePart, unknown>>, now: number): CoachState {
  return {
    stage: readStage(parts.stage, now),
    checklist: readChecklist(parts.checklist),
    conversations: readConversations(parts.conversations),
    settings: readSettings(parts.settings),
    counts: readCounts(parts.counts),
    tabs: readTabs(parts.tabs),
  };
}
