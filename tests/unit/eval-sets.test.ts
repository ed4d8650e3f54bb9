import { describe, expect, it } from 'vitest';
import { evaluatePublic, type PublicRow } from '../../scripts/eval-public';
import { type AnalyzeFn, evaluateCorpus } from '../../scripts/eval-sets';
import type { Analysis, Category, Finding } from '../../src/analysis/types';
import type { CorpusRow } from '../corpus/corpus';

const finding = (category: Category, phrase: string): Finding => ({
  category,
  rule: `toy-${category}`,
  severity: 'hold',
  start: 0,
  end: phrase.length,
  phrase,
  reason: 'toy',
  suggestions: ['toy'],
});

/** Flags "answer" as pushy (twice, to check per-message counting) and "love" as premature before stage 4. */
const toy: AnalyzeFn = (text, { stage }): Analysis => {
  if (text.includes('boom')) throw new Error('toy crash');
  const findings: Finding[] = [];
  if (text.includes('answer')) findings.push(finding('pushy', 'answer'), finding('pushy', 'answer'));
  if (text.includes('love') && stage < 4) findings.push(finding('premature', 'love'));
  return { findings, signals: [] };
};

const row = (id: string, text: string, stage: CorpusRow['stage'], labels: Category[]): CorpusRow => ({
  id,
  text,
  stage,
  labels,
  split: 'dev',
});

describe('evaluateCorpus', () => {
  const rows = [
    row('a', 'answer me', 1, ['pushy']),
    row('b', 'i love you', 2, ['premature']),
    row('c', 'i love you', 4, []),
    row('d', 'i love this song', 1, []), // toy false positive
    row('e', 'you never listen', 3, ['blaming']), // toy miss
    row('f', 'boom', 5, []),
    { ...row('g', 'answer me', 1, ['pushy']), split: 'test' as const },
  ];
  const r = evaluateCorpus(toy, rows, 'dev');

  it('scores only the requested split, once per message per category', () => {
    expect(r.total).toBe(6);
    expect(r.byCategory.pushy).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.byCategory.premature).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5 });
    expect(r.byCategory.blaming).toMatchObject({ tp: 0, fn: 1, recall: 0 });
  });

  it('reports the benign false-positive rate overall and per stage', () => {
    expect(r.benignFp).toEqual({ hits: 1, total: 3, rate: 1 / 3 });
    expect(r.benignFpByStage[1]).toEqual({ hits: 1, total: 1, rate: 1 });
    expect(r.benignFpByStage[4]).toEqual({ hits: 0, total: 1, rate: 0 });
  });

  it('lists misses and counts crashes instead of hiding them', () => {
    expect(r.misses.map((m) => m.id)).toEqual(['d', 'e', 'f']);
    expect(r.errors).toBe(1);
    expect(r.errorIds).toEqual(['f s5: Error: toy crash']);
  });
});

describe('evaluatePublic', () => {
  const ge = (id: string, source: string, bucket: string, text: string): PublicRow => ({
    id,
    source,
    bucket,
    text,
  });
  const rows = [
    ge('1', 'goemotions/test', 'benign_only', 'what a game'),
    ge('2', 'goemotions/test', 'neutral_only', 'answer is 42'),
    ge('3', 'goemotions/test', 'love_not_addressed', 'i love this show'),
    ge('4', 'goemotions/dev', 'benign_only', 'answer me'),
  ];
  const pol = [
    ge('5', 'stanford_politeness/wikipedia', 'impolite_q1', 'answer my question'),
    ge('6', 'stanford_politeness/wikipedia', 'impolite_q1', 'why did you revert'),
    ge('7', 'stanford_politeness/wikipedia', 'polite_q4', 'could you take a look, thanks'),
  ];
  const value = (part: 'report' | 'tuning', key: string) =>
    evaluatePublic(toy, rows, pol, part).figures.find((f) => f.key === key)?.value;

  it('uses only the test rows for the report and only dev rows for tuning', () => {
    expect(value('report', 'public.goemotions.benign_neutral.fp.stage1')).toBe(0.5);
    expect(value('report', 'public.goemotions.love_not_addressed.premature.stage1')).toBe(1);
    expect(value('tuning', 'tuning.goemotions.benign_neutral.fp.stage1')).toBe(1);
  });

  it('measures politeness separation at stage 4 with a finite ratio when no polite row fires', () => {
    expect(value('report', 'public.politeness.impolite.flag_rate')).toBe(0.5);
    expect(value('report', 'public.politeness.polite.flag_rate')).toBe(0);
    expect(value('report', 'public.politeness.ratio')).toBe(0.5);
  });
});
