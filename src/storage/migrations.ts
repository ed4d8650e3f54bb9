import type { StatePart } from '../coach/types';

/**
 * Stored layouts over time:
 * - v0: the prototype kept everything in one `state` blob: `{ stage, stageStartedAt, ticks (current stage
 *   only), conversations: { [id]: { site, id, name, lastSent, lastReply, cooldownUntil } }, cooldownHours
 *   (one number for all stages), strictness }`.
 * - v1: one key per part (stage, checklist, conversations, settings, counts); `settings.cooldownHours` an
 *   array indexed by stage - 1; no no-contact, quiet hours, switched-off sites or tab map.
 * - v2 (current): `settings.cooldownHours` keyed by stage, quiet hours, unguardedSites, per-chat
 *   noContact, and the `tabs` part.
 * Each step takes and returns the raw parts; readState() then validates whatever comes out.
 */
export type RawParts = Partial<Record<StatePart, unknown>> & { state?: unknown };

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

function v0ToV1(parts: RawParts): RawParts {
  const blob = isObject(parts.state) ? parts.state : {};
  const stage = typeof blob.stage === 'number' ? blob.stage : 1;
  const conversations: Loose = {};
  if (isObject(blob.conversations)) {
    for (const [id, c] of Object.entries(blob.conversations)) {
      if (!isObject(c)) continue;
      const until = typeof c.cooldownUntil === 'number' ? c.cooldownUntil : null;
      const sent = typeof c.lastSent === 'number' ? c.lastSent : null;
      conversations[id] = {
        ref: { site: c.site, conversationId: c.id ?? id, displayName: c.name ?? '' },
        lastSentAt: sent,
        lastReplyAt: c.lastReply ?? null,
        cooldown: until !== null && sent !== null ? { startedAt: sent, endsAt: until } : null,
        mark: null,
      };
    }
  }
  const hours = typeof blob.cooldownHours === 'number' ? blob.cooldownHours : undefined;
  return {
    stage: { current: stage, startedAt: blob.stageStartedAt },
    checklist: { [stage]: Array.isArray(blob.ticks) ? blob.ticks : [] },
    conversations,
    settings: {
      cooldownHours: hours === undefined ? undefined : [hours, hours, hours, hours, hours, hours],
      strictness: blob.strictness,
      disabledRules: [],
      pausedUntil: null,
    },
    counts: {},
  };
}

function v1ToV2(parts: RawParts): RawParts {
  const settings = isObject(parts.settings) ? { ...parts.settings } : undefined;
  if (settings && Array.isArray(settings.cooldownHours)) {
    const byStage: Loose = {};
    settings.cooldownHours.forEach((h, i) => {
      byStage[i + 1] = h;
    });
    settings.cooldownHours = byStage;
  }
  return { ...parts, settings, tabs: {} };
}

/** Index i upgrades version i to i + 1. */
const STEPS: ((parts: RawParts) => RawParts)[] = [v0ToV1, v1ToV2];

/** Upgrades raw parts from `fromVersion` to the current layout. Unknown newer versions pass through. */
export function migrate(parts: RawParts, fromVersion: number): RawParts {
  let out = parts;
  for (let v = Math.max(0, fromVersion); v < STEPS.length; v++) out = STEPS[v]!(out);
  return out;
}
