import type { Stage } from './types';

// The analyzer stays pure and English; these keys let the extension show each rule's words from
// locales/<lang>/rules.json (generated from the rule data by `npm run rules:locale`).
const snake = (ruleId: string) => ruleId.replace(/-/g, '_');

export const ruleReasonKey = (ruleId: string): string => `rule_${snake(ruleId)}_reason`;
export const ruleSuggestionKey = (ruleId: string, index: number): string =>
  `rule_${snake(ruleId)}_suggestion_${index}`;
export const stageAdviceKey = (stage: Stage): string => `stage_advice_${stage}`;
