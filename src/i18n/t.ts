import { browser } from 'wxt/browser';

/** Every user-facing string goes through here (keys live in locales/en/*.json). */
export function t(key: string, substitutions?: string | string[]): string {
  // Keys are checked against locales/ by a unit test, not by the type (fragments are merged at build time).
  const text = browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions);
  if (!text) {
    console.error(`[rekindle] missing i18n message "${key}"`);
    return key;
  }
  return text;
}
