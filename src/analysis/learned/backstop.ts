import { type Normalised, toOriginal } from '../normalise';
import { LEARNED_RULES, type LearnedRule } from '../rules/learned';
import type { Unit } from '../sentences';
import type { AnalyzeOptions, Finding } from '../types';
import { learnedScores, learnedThreshold } from './model';

/**
 * Adds a caution for a category the phrase rules missed when the learned model is confident the
 * draft carries it. The phrase shown is the sentence the model scores highest for that category.
 */
export function learnedFindings(
  norm: Normalised,
  units: readonly Unit[],
  ruleFindings: readonly Finding[],
  opts: AnalyzeOptions,
  build: (rule: LearnedRule, start: number, end: number) => Finding,
): Finding[] {
  const disabled = new Set(opts.disabledRules ?? []);
  const open = LEARNED_RULES.filter(
    (rule) =>
      rule.stages[opts.stage] !== undefined &&
      !disabled.has(rule.id) &&
      !ruleFindings.some((f) => f.category === rule.category),
  );
  if (open.length === 0 || units.length === 0) return [];
  const draft = learnedScores(norm.text, opts.stage);
  const out: Finding[] = [];
  for (const rule of open) {
    if (draft[rule.category] < learnedThreshold(rule.category)) continue;
    let best = units[0] as Unit;
    let bestScore = -1;
    if (units.length > 1) {
      for (const unit of units) {
        const score = learnedScores(unit.text, opts.stage)[rule.category];
        if (score > bestScore) [best, bestScore] = [unit, score];
      }
    }
    const [start, end] = toOriginal(norm, best.start, best.start + best.text.trimEnd().length);
    if (end > start) out.push(build(rule, start, end));
  }
  return out;
}
