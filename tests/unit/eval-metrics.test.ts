import { describe, expect, it } from 'vitest';
import {
  checkFloor,
  type Figure,
  floorFrom,
  meetsTarget,
  percentile,
  rate,
  scoreByCategory,
  scores,
} from '../../scripts/eval-metrics';
import type { Category } from '../../src/analysis/types';

const judged = (gold: Category[], predicted: Category[]) => ({ gold, predicted: new Set(predicted) });

describe('scoreByCategory', () => {
  it('scores each category per message on a toy example', () => {
    const s = scoreByCategory([
      judged(['pushy'], ['pushy']), // pushy tp
      judged(['pushy', 'blaming'], ['pushy']), // pushy tp, blaming fn
      judged([], ['pushy']), // pushy fp
      judged(['pushy'], []), // pushy fn
      judged([], []),
    ]);
    expect(s.pushy).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 1 });
    expect(s.pushy.precision).toBeCloseTo(2 / 3);
    expect(s.pushy.recall).toBeCloseTo(2 / 3);
    expect(s.pushy.f1).toBeCloseTo(2 / 3);
    expect(s.blaming).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: 0, recall: 0, f1: 0 });
    expect(s.premature).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 });
  });

  it('computes F1 as the harmonic mean', () => {
    const s = scores({ tp: 8, fp: 2, fn: 8, tn: 0 });
    expect(s.precision).toBeCloseTo(0.8);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo((2 * 0.8 * 0.5) / 1.3);
  });
});

describe('rate and percentile', () => {
  it('gives 0 for an empty set rather than NaN', () => {
    expect(rate(0, 0).rate).toBe(0);
    expect(rate(3, 12).rate).toBe(0.25);
  });

  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(() => percentile([], 50)).toThrow();
  });
});

describe('targets and floors', () => {
  const figures: Figure[] = [
    { key: 'p', label: 'p', value: 0.92, better: 'higher', target: 0.9 },
    { key: 'fp', label: 'fp', value: 0.04, better: 'lower', target: 0.03 },
  ];

  it('judges targets in the right direction', () => {
    expect(figures.map(meetsTarget)).toEqual([true, false]);
  });

  it('accepts the figures it was made from and fails regressions and dropped figures', () => {
    const floor = floorFrom(figures, 0.02);
    expect(floor).toEqual({ p: { min: 0.9 }, fp: { max: 0.06 } });
    expect(checkFloor(figures, floor)).toEqual([]);
    const worse: Figure[] = [
      { ...figures[0]!, value: 0.89 },
      { ...figures[1]!, value: 0.07 },
    ];
    expect(checkFloor(worse, floor).map((v) => v.key)).toEqual(['p', 'fp']);
    expect(checkFloor([figures[0]!], floor)).toEqual([
      { key: 'fp', value: undefined, bound: 'figure missing' },
    ]);
  });
});
