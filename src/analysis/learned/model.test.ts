import { describe, expect, it } from 'vitest';
import { trainingHash, trainingRows } from '../../../scripts/train-learned';
import { analyze } from '../index';
import { normalise } from '../normalise';
import type { RuleExample } from '../rule-types';
import { LEARNED_RULES, type LearnedRule } from '../rules/learned';
import { CATEGORIES, type Stage } from '../types';
import { learnedScores, learnedThreshold } from './model';
import weights from './weights.json';

const firstStage = (rule: LearnedRule): Stage => Number(Object.keys(rule.stages)[0]) as Stage;
const expand = (rule: LearnedRule, ex: RuleExample) =>
  typeof ex === 'string' ? { text: ex, stage: firstStage(rule) } : ex;

describe('learned backstop', () => {
  it('was trained on the labelled drafts as they are now (run npm run learned:train)', () => {
    const rows = trainingRows();
    expect(weights.trainedOn.rows).toBe(rows.length);
    expect(weights.trainedOn.sha256).toBe(trainingHash(rows));
  });

  it('never reads a test row', () => {
    expect(trainingRows().every((r) => r.split === 'dev')).toBe(true);
  });

  it('has one confident threshold per category', () => {
    for (const c of CATEGORIES) {
      expect(learnedThreshold(c)).toBeGreaterThanOrEqual(0.8);
      expect(learnedThreshold(c)).toBeLessThan(1);
    }
  });

  it.each(LEARNED_RULES.flatMap((rule) => rule.examples.flag.map((ex) => ({ rule, ...expand(rule, ex) }))))(
    '$rule.id flags "$text" at stage $stage',
    ({ rule, text, stage }) => {
      expect(learnedScores(normalise(text).text, stage)[rule.category]).toBeGreaterThanOrEqual(
        learnedThreshold(rule.category),
      );
      expect(analyze(text, { stage }).findings.map((f) => f.category)).toContain(rule.category);
    },
  );

  it.each(LEARNED_RULES.flatMap((rule) => rule.examples.pass.map((ex) => ({ rule, ...expand(rule, ex) }))))(
    '$rule.id passes "$text" at stage $stage',
    ({ text, stage }) => {
      expect(analyze(text, { stage }).findings).toEqual([]);
    },
  );

  it('adds a caution only: learned findings never hold a send', () => {
    const { findings } = analyze('you walked all over me for years and never once said sorry', { stage: 3 });
    const learned = findings.filter((f) => f.rule.startsWith('learned-'));
    expect(learned.length).toBeGreaterThan(0);
    for (const f of learned) expect(f.severity).toBe('warn');
  });

  it('points at the sentence that carries the category, and can be switched off', () => {
    const text = 'Hope work is ok. You walked all over me for years and never once said sorry.';
    const { findings } = analyze(text, { stage: 3 });
    const blame = findings.find((f) => f.rule === 'learned-blaming');
    expect(blame?.phrase).toBe('You walked all over me for years and never once said sorry.');
    expect(text.slice(blame?.start, blame?.end)).toBe(blame?.phrase);
    const off = analyze(text, { stage: 3, disabledRules: ['learned-blaming'] });
    expect(off.findings.some((f) => f.rule === 'learned-blaming')).toBe(false);
  });

  it('is never premature from stage 4 on', () => {
    expect(analyze('i lie awake every night wishing you were next to me', { stage: 4 }).findings).toEqual([]);
  });
});
