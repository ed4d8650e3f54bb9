import { type Normalised, toOriginal } from '../normalise';
import { LEARNED_RULES, type LearnedRule } from '../rules/learned';
import type { Unit } from '../sentences';
import type { AnalyzeOptions, Category, Finding } from '../types';
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
  const confident = open.filter((rule) => draft[rule.category] >= learnedThreshold(rule.category));
  if (confident.length === 0) return [];
  // each sentence is scored once, whatever number of categories need a phrase to point at
  const perUnit = units.length > 1 ? units.map((unit) => learnedScores(unit.text, opts.stage)) : null;
  const out: Finding[] = [];
  for (const rule of confident) {
    let best = units[0] as Unit;
    if (perUnit) {
      let bestScore = -1;
      units.forEach((unit, i) => {
        const score = (perUnit[i] as Record<Category, number>)[rule.category];
        if (score > bestScore) [best, bestScore] = [unit, score];
      });
    }
    const [start, end] = toOriginal(norm, best.start, best.start + best.text.trimEnd().length);
    if (end > start) out.push(build(rule, start, end));
  }
  return out;
}
