import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/**
 * Each concern keeps its strings in its own `locales/<lang>/<concern>.json` fragment so that
 * features can be added without editing one shared file; the build merges them into the single
 * `_locales/<lang>/messages.json` that browsers read. A key defined twice is a build error.
 */
export function mergeLocales(localesDir: string): Map<string, Record<string, LocaleMessage>> {
  const out = new Map<string, Record<string, LocaleMessage>>();
  for (const lang of readdirSync(localesDir)) {
    const merged: Record<string, LocaleMessage> = {};
    for (const file of readdirSync(join(localesDir, lang))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const fragment = JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8')) as Record<
        string,
        LocaleMessage
      >;
      for (const [key, value] of Object.entries(fragment)) {
        if (key in merged) throw new Error(`locales/${lang}: key "${key}" is defined twice (${file})`);
        if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`locales/${lang}/${file}: bad key "${key}"`);
        merged[key] = value;
      }
    }
    out.set(lang, merged);
  }
  return out;
}
