import { clear, createStore, del, getMany, setMany, type UseStore } from 'idb-keyval';
import type { CoachState, StatePart } from '../coach/types';
import { STATE_PARTS } from '../coach/types';
import { migrate, type RawParts } from './migrations';
import { readState } from './sanitize';
import { SCHEMA_VERSION, VERSION_KEY } from './schema';

/**
 * The coach's state in the extension's own IndexedDB. Only the background (and extension pages in
 * tests) may import this: from a content script idb-keyval would write into the website's database.
 */
export interface StateStore {
  load(): Promise<CoachState>;
  /** Applies `change` to the freshest state and saves the parts it replaced; returns the new state. */
  update(change: (state: CoachState) => CoachState): Promise<CoachState>;
  reset(): Promise<void>;
}

const LEGACY_BLOB_KEY = 'state';

export function openStore(
  now: () => number = Date.now,
  db: UseStore = createStore('rekindle', 'state'),
): StateStore {
  // One write at a time in this worker; a new worker starts with an empty queue and reads from disk.
  let queue: Promise<unknown> = Promise.resolve();

  async function readRaw(): Promise<{ parts: RawParts; version: number | null }> {
    const keys = [VERSION_KEY, LEGACY_BLOB_KEY, ...STATE_PARTS];
    let values: unknown[];
    try {
      values = await getMany(keys, db);
    } catch (error) {
      console.error('[rekindle] could not read stored state; using defaults', error);
      return { parts: {}, version: SCHEMA_VERSION };
    }
    const [version, blob, ...rest] = values;
    const parts: RawParts = { state: blob };
    STATE_PARTS.forEach((part, i) => {
      parts[part] = rest[i];
    });
    const stored = typeof version === 'number' && Number.isInteger(version) ? version : null;
    return { parts, version: stored };
  }

  async function load(): Promise<CoachState> {
    const { parts, version } = await readRaw();
    const hasAnyPart = STATE_PARTS.some((p) => parts[p] !== undefined);
    // No version: a v0 blob, a v1 store (which had no version key) or a fresh install.
    const from = version ?? (parts.state !== undefined ? 0 : hasAnyPart ? 1 : SCHEMA_VERSION);
    const migrated = from < SCHEMA_VERSION ? migrate(parts, from) : parts;
    const state = readState(migrated, now());
    if (from < SCHEMA_VERSION) {
      await save(state, STATE_PARTS);
      await del(LEGACY_BLOB_KEY, db).catch(() => undefined);
    }
    return state;
  }

  async function save(state: CoachState, parts: readonly StatePart[]): Promise<void> {
    const entries: [IDBValidKey, unknown][] = parts.map((p) => [p, state[p]]);
    entries.push([VERSION_KEY, SCHEMA_VERSION]);
    await setMany(entries, db);
  }

  function update(change: (state: CoachState) => CoachState): Promise<CoachState> {
    const run = queue.then(async () => {
      const before = await load();
      const after = change(before);
      const changed = STATE_PARTS.filter((p) => after[p] !== before[p]);
      if (changed.length) await save(after, changed);
      return after;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  function reset(): Promise<void> {
    const run = queue.then(() => clear(db));
    queue = run.catch(() => undefined);
    return run;
  }

  return { load, update, reset };
}
