import { emptyChecklist } from '../coach/checklist';
import { DEFAULT_COOLDOWN_HOURS } from '../coach/cooldown';
import type { CoachState, Settings } from '../coach/types';

/**
 * Stored layout, version 2: one idb-keyval key per state part (so a corrupt part never takes the others
 * with it) plus `schemaVersion`. Version history lives in migrations.ts.
 */
export const SCHEMA_VERSION = 2;
export const VERSION_KEY = 'schemaVersion';

export function defaultSettings(): Settings {
  return {
    cooldownHours: { ...DEFAULT_COOLDOWN_HOURS },
    strictness: 'warn',
    quietHours: { enabled: true, startHour: 23, endHour: 7 },
    disabledRules: [],
    unguardedSites: [],
    pausedUntil: null,
  };
}

export function defaultState(now: number): CoachState {
  return {
    stage: { current: 1, startedAt: now },
    checklist: emptyChecklist(),
    conversations: {},
    settings: defaultSettings(),
    counts: {},
    tabs: {},
  };
}
