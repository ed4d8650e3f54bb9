import { browser } from 'wxt/browser';
import { guardScriptFrom } from './guard-script';
import { isSingleSitePattern } from './site-access';

/** Sites the user added with "Guard this site" (match patterns, never page content). */
export const GUARDED_SITES_KEY = 'ship_guardedSites';
/** One dynamic registration covers every added site; it is replaced whenever the list changes. */
export const GUARD_SCRIPT_ID = 'rekindle-guard-added-sites';

export async function readGuardedSites(): Promise<string[]> {
  const stored = (await browser.storage.local.get(GUARDED_SITES_KEY))[GUARDED_SITES_KEY];
  // Anything unreadable counts as "no sites added": the built-in chat sites keep working regardless.
  return Array.isArray(stored) ? stored.filter((p): p is string => typeof p === 'string') : [];
}

async function writeGuardedSites(patterns: string[]): Promise<void> {
  await browser.storage.local.set({ [GUARDED_SITES_KEY]: patterns });
}

async function stillGranted(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

async function reconcile(): Promise<string[]> {
  const stored = await readGuardedSites();
  const granted: string[] = [];
  for (const pattern of stored) if (await stillGranted(pattern)) granted.push(pattern);
  // A permission revoked from the browser's own settings drops the site from the list, too.
  if (granted.length !== stored.length) await writeGuardedSites(granted);

  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [GUARD_SCRIPT_ID] });
  if (current && sameSet(current.matches ?? [], granted)) return granted;
  if (current) await browser.scripting.unregisterContentScripts({ ids: [GUARD_SCRIPT_ID] });
  if (granted.length === 0) return granted;

  const script = guardScriptFrom(browser.runtime.getManifest());
  if (!script) {
    console.error('[rekindle] no guard content script in the manifest; added sites stay unguarded');
    return granted;
  }
  await browser.scripting.registerContentScripts([
    { id: GUARD_SCRIPT_ID, matches: granted, ...script, persistAcrossSessions: true },
  ]);
  return granted;
}

let queue: Promise<unknown> = Promise.resolve();

/** Events can arrive together (several grants, a restart): each update runs after the previous one. */
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

/**
 * Makes the dynamic registration match the stored list (restricted to sites still granted).
 * Runs at every background start: Firefox may forget registrations of temporary add-ons and a
 * service worker can restart at any time.
 */
export function syncGuardedSites(): Promise<string[]> {
  return serialised(reconcile);
}

/** Permission for new sites was granted (from our popup or the browser's site-access menu). */
export function onSiteAccessAdded(origins: readonly string[] = []): Promise<string[]> {
  const added = origins.filter(isSingleSitePattern);
  return serialised(async () => {
    if (added.length > 0) await writeGuardedSites([...new Set([...(await readGuardedSites()), ...added])]);
    return reconcile();
  });
}

/** Permission was taken back ("Stop guarding" or the browser's settings): unregister those sites. */
export function onSiteAccessRemoved(origins: readonly string[] = []): Promise<string[]> {
  return serialised(async () => {
    const stored = await readGuardedSites();
    const remaining = stored.filter((pattern) => !origins.includes(pattern));
    if (remaining.length !== stored.length) await writeGuardedSites(remaining);
    return reconcile();
  });
}
