import type { Category } from '../src/analysis/types';

export const CATEGORIES: readonly Category[] = ['pushy', 'demanding', 'premature', 'blaming'];

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Scores extends Confusion {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision with nothing predicted is 1 only when there was also nothing to find; otherwise an
 * analyzer that never fires would look perfect on precision.
 */
export function scores(c: Confusion): Scores {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export interface Judged {
  gold: readonly Category[];
  predicted: ReadonlySet<Category>;
}

/** Scores each category over messages: a message is flagged for a category if any finding has it. */
export function scoreByCategory(items: readonly Judged[]): Record<Category, Scores> {
  const out = {} as Record<Category, Scores>;
  for (const category of CATEGORIES) {
    const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const { gold, predicted } of items) {
      const isGold = gold.includes(category);
      const isPredicted = predicted.has(category);
      if (isGold && isPredicted) c.tp++;
      else if (isPredicted) c.fp++;
      else if (isGold) c.fn++;
      else c.tn++;
    }
    out[category] = scores(c);
  }
  return out;
}

export interface Rate {
  hits: number;
  total: number;
  rate: number;
}

export function rate(hits: number, total: number): Rate {
  return { hits, total, rate: total === 0 ? 0 : hits / total };
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** A reported number, which way is better, and (when the issue sets one) its target. */
export interface Figure {
  key: string;
  label: string;
  value: number;
  better: 'higher' | 'lower';
  target?: number;
  detail?: string;
  /** How many messages the figure rests on; one message's worth of change is tolerated by the floor. */
  n?: number;
}

export function meetsTarget(f: Figure): boolean | undefined {
  if (f.target === undefined) return undefined;
  return f.better === 'higher' ? f.value >= f.target : f.value <= f.target;
}

/** A committed floor: for each figure key, the worst value CI accepts. */
export type Floor = Record<string, { min?: number; max?: number }>;

/**
 * The floor sits below each current figure by the margin, widened to one message's worth on small
 * denominators (and to a tenth of the value for ratios), so CI fails on regressions, not on one message.
 */
export function floorFrom(figures: readonly Figure[], margin: number): Floor {
  const floor: Floor = {};
  for (const f of figures) {
    const slack = f.key.endsWith('.ratio')
      ? Math.max(margin, f.value * 0.1)
      : Math.max(margin, f.n ? 1 / f.n : 0);
    const bound = f.better === 'higher' ? Math.max(0, f.value - slack) : f.value + slack;
    floor[f.key] = f.better === 'higher' ? { min: round4(bound) } : { max: round4(bound) };
  }
  return floor;
}

export interface FloorViolation {
  key: string;
  value: number | undefined;
  bound: string;
}

/** Figures worse than the floor, and floor keys no longer reported (a silently dropped figure fails too). */
export function checkFloor(figures: readonly Figure[], floor: Floor): FloorViolation[] {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const violations: FloorViolation[] = [];
  for (const [key, { min, max }] of Object.entries(floor)) {
    const f = byKey.get(key);
    if (!f) {
      violations.push({ key, value: undefined, bound: 'figure missing' });
      continue;
    }
    if (min !== undefined && f.value < min) violations.push({ key, value: f.value, bound: `>= ${min}` });
    if (max !== undefined && f.value > max) violations.push({ key, value: f.value, bound: `<= ${max}` });
  }
  return violations;
}

function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
}
