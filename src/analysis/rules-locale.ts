import { ruleReasonKey, ruleSuggestionKey, stageAdviceKey } from './message-keys';
import { RULES } from './rules';
import { LEARNED_RULES } from './rules/learned';
import { STAGE_ADVICE } from './stages';
import { STAGES } from './types';

/** The English locale fragment for every rule's reason and suggestions and every stage's advice. */
export function rulesLocale(): Record<string, { message: string }> {
  const out: Record<string, { message: string }> = {};
  for (const rule of [...RULES, ...LEARNED_RULES]) {
    out[ruleReasonKey(rule.id)] = { message: rule.reason };
    rule.suggestions.forEach((suggestion, index) => {
      out[ruleSuggestionKey(rule.id, index)] = { message: suggestion };
    });
  }
  for (const stage of STAGES) out[stageAdviceKey(stage)] = { message: STAGE_ADVICE[stage] };
  return out;
}

export const rulesLocaleJson = (): string => `${JSON.stringify(rulesLocale(), null, 2)}\n`;
