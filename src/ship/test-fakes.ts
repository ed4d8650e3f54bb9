import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LocaleMessage } from '../i18n/merge-locales';

/**
 * The fake browser has no permissions or scripting API; these small in-memory versions behave
 * like Chrome's for the calls src/ship makes, so the logic can be tested end to end.
 */
export function installSiteAccessFakes(manifest: Record<string, unknown>) {
  const granted = new Set<string>();
  const registered = new Map<string, { id: string; matches?: string[]; js?: string[] }>();
  const onAdded = new Set<(p: { origins?: string[] }) => void>();
  const onRemoved = new Set<(p: { origins?: string[] }) => void>();
  const event = (set: Set<(p: { origins?: string[] }) => void>) => ({
    addListener: (fn: (p: { origins?: string[] }) => void) => set.add(fn),
    removeListener: (fn: (p: { origins?: string[] }) => void) => set.delete(fn),
    hasListener: (fn: (p: { origins?: string[] }) => void) => set.has(fn),
  });
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
    getAll: async () => ({ origins: [...granted], permissions: [] }),
    onAdded: event(onAdded),
    onRemoved: event(onRemoved),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
      [...registered.values()].filter((s) => !ids || ids.includes(s.id)),
    registerContentScripts: async (scripts: { id: string; matches?: string[]; js?: string[] }[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    },
    unregisterContentScripts: async ({ ids }: { ids?: string[] } = {}) => {
      for (const id of ids ?? [...registered.keys()]) registered.delete(id);
    },
  });
  Object.assign(fakeBrowser.runtime, { getManifest: () => manifest });
  return {
    granted,
    registered,
    /** The browser granting access (from our popup or its own site-access menu). */
    grant(origin: string) {
      granted.add(origin);
      for (const fn of onAdded) fn({ origins: [origin] });
    },
    revoke(origin: string) {
      granted.delete(origin);
      for (const fn of onRemoved) fn({ origins: [origin] });
    },
  };
}

/** browser.i18n.getMessage over the merged locale fragments, with $1-style placeholders. */
export function installMessages(messages: Record<string, LocaleMessage>) {
  Object.assign(fakeBrowser.i18n, {
    getMessage: (key: string, substitutions?: string | string[]) => {
      const entry = messages[key];
      if (!entry) return '';
      const subs = substitutions === undefined ? [] : [substitutions].flat();
      return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
        const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
        return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
      });
    },
  });
}
