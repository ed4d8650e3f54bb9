import { browser } from 'wxt/browser';
import { ruleReasonKey, ruleSuggestionKey, stageAdviceKey } from '../../analysis/message-keys';
import type { Finding, Stage } from '../../analysis/types';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

function message(key: string): string | null {
  return browser.i18n.getMessage(key as MessageKey) || null;
}

/**
 * A finding's reason and suggestions in the browser's language. The analyzer is pure and speaks
 * English; the locale files carry the same words under rule keys, so a translation only touches
 * locales/. Falls back to the analyzer's own words when a key is missing.
 */
export function ruleText(finding: Finding, stage: Stage): { reason: string; suggestions: string[] } {
  const reason = message(ruleReasonKey(finding.rule));
  const advice = message(stageAdviceKey(stage));
  return {
    reason: reason && advice ? `${reason} ${advice}` : finding.reason,
    suggestions: finding.suggestions.map((text, i) => message(ruleSuggestionKey(finding.rule, i)) ?? text),
  };
}
