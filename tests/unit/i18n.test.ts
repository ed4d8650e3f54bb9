import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeLocales } from '../../src/i18n/merge-locales';
import { repoRoot, shippedSources, withoutComments } from './source-files';

const messages = mergeLocales(path.join(repoRoot, 'locales')).get('en')!;
const sources = shippedSources(/\.(ts|tsx|js|jsx|mjs|css)$/).map(({ file, text }) => ({
  file,
  text: withoutComments(text),
}));
// The manifest's __MSG_…__ keys live in the config, not in src/.
const config = readFileSync(path.join(repoRoot, 'wxt.config.ts'), 'utf8');

/** Keys passed to t() as literals: t('key') or t("key", …). */
function literalKeys(code: string): string[] {
  return [...code.matchAll(/(?<![\w$.])t\(\s*(['"])([A-Za-z0-9_]+)\1/g)].map((m) => m[2]!);
}

/**
 * Prefixes of keys built at run time: `coach_stage${n}_name` (in a t() call or a key helper) counts
 * as a use of every key starting with "coach_stage".
 */
function templatePrefixes(code: string): string[] {
  return [...code.matchAll(/`([A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*)\$\{/g)].map((m) => m[1]!);
}

describe('i18n', () => {
  it('every t("key") in src/ and entrypoints/ exists in the merged locales', () => {
    const missing = sources.flatMap(({ file, text }) =>
      literalKeys(text)
        .filter((key) => !(key in messages))
        .map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('every key in every locale fragment is used somewhere', () => {
    const all = sources.map(({ text }) => text).join('\n') + config;
    const prefixes = sources.flatMap(({ text }) => templatePrefixes(text));
    const unused = Object.keys(messages).filter(
      (key) =>
        !new RegExp(`(['"\`])${key}\\1|__MSG_${key}__`).test(all) &&
        !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it('the detector reads literal and template keys', () => {
    expect(literalKeys(`t('welcome_title'); t("a_b", x); foo.t('no'); next('no')`)).toEqual([
      'welcome_title',
      'a_b',
    ]);
    expect(templatePrefixes('t(`stage_${n}_name`); const k = (s) => `coach_stage${s}_name`;')).toEqual([
      'stage_',
      'coach_stage',
    ]);
    expect(templatePrefixes('`${a}_b`; `hello ${name}`')).toEqual([]);
  });

  it('messages are non-empty and placeholders are defined', () => {
    const broken = Object.entries(messages).filter(
      ([, value]) =>
        !value.message.trim() ||
        [...value.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].some(
          ([, name]) => !value.placeholders?.[name!.toLowerCase()],
        ),
    );
    expect(broken.map(([key]) => key)).toEqual([]);
  });
});
