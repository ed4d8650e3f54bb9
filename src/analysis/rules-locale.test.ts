import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleReasonKey, ruleSuggestionKey, stageAdviceKey } from './message-keys';
import { RULES } from './rules';
import { rulesLocale, rulesLocaleJson } from './rules-locale';

describe('locales/en/rules.json', () => {
  it('is up to date with the rule data (run `npm run rules:locale`)', () => {
    expect(readFileSync('locales/en/rules.json', 'utf8')).toBe(rulesLocaleJson());
  });

  it('holds every rule reason, every suggestion and every stage advice', () => {
    const messages = rulesLocale();
    for (const rule of RULES) {
      expect(messages[ruleReasonKey(rule.id)]?.message).toBe(rule.reason);
      rule.suggestions.forEach((suggestion, i) => {
        expect(messages[ruleSuggestionKey(rule.id, i)]?.message).toBe(suggestion);
      });
    }
    expect(messages[stageAdviceKey(5)]?.message).toMatch(/Stage 5/);
  });
});
