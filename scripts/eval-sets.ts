import type { Analysis, AnalyzeOptions, Category, Stage } from '../src/analysis/types';
import { type CorpusRow, type Split, stagePairsWithDifferentLabels } from '../tests/corpus/corpus';
import { CATEGORIES, type Figure, rate, type Scores, scoreByCategory } from './eval-metrics';

export type AnalyzeFn = (text: string, options: AnalyzeOptions) => Analysis;

/** A finding list, or the error the analyzer threw (counted, never hidden). */
export interface Outcome {
  categories: Set<Category>;
  findings: Analysis['findings'];
  error?: string;
}

/** `hold`: only the findings that stop a send count; `all`: cautions too. */
export type Counted = 'all' | 'hold';

export function run(analyze: AnalyzeFn, text: string, stage: Stage, counted: Counted = 'all'): Outcome {
  try {
    const all = analyze(text, { stage }).findings;
    const findings = counted === 'hold' ? all.filter((f) => f.severity === 'hold') : all;
    return { categories: new Set(findings.map((f) => f.category)), findings };
  } catch (err) {
    return { categories: new Set(), findings: [], error: String(err) };
  }
}

export interface Miss {
  id: string;
  stage: Stage;
  text: string;
  gold: Category[];
  predicted: Category[];
  findings: string[];
}

export interface CorpusResult {
  split: Split;
  total: number;
  /** Same text in two stages with different gold labels: both rows judged exactly right. */
  stagePairs: { hits: number; total: number; rate: number };
  byCategory: Record<Category, Scores>;
  benignFp: { hits: number; total: number; rate: number };
  benignFpByStage: Record<Stage, { hits: number; total: number; rate: number }>;
  misses: Miss[];
  errors: number;
  /** Id and message only: a crash is a bug to fix, and printing the text of test rows would leak them. */
  errorIds: string[];
}

export function evaluateCorpus(
  analyze: AnalyzeFn,
  rows: readonly CorpusRow[],
  split: Split,
  counted: Counted = 'all',
): CorpusResult {
  const part = rows.filter((r) => r.split === split);
  const judged = part.map((r) => ({ row: r, out: run(analyze, r.text, r.stage, counted) }));
  const byCategory = scoreByCategory(
    judged.map(({ row, out }) => ({ gold: row.labels, predicted: out.categories })),
  );
  const benign = judged.filter(({ row }) => row.labels.length === 0);
  const benignHit = (j: (typeof judged)[number]) => j.out.findings.length > 0;
  const benignFpByStage = {} as CorpusResult['benignFpByStage'];
  for (const stage of [1, 2, 3, 4, 5, 6] as Stage[]) {
    const inStage = benign.filter(({ row }) => row.stage === stage);
    benignFpByStage[stage] = rate(inStage.filter(benignHit).length, inStage.length);
  }
  const misses: Miss[] = [];
  for (const { row, out } of judged) {
    const predicted = CATEGORIES.filter((c) => out.categories.has(c));
    const same = predicted.length === row.labels.length && predicted.every((c) => row.labels.includes(c));
    if (same && !out.error) continue;
    misses.push({
      id: row.id,
      stage: row.stage,
      text: row.text,
      gold: [...row.labels],
      predicted,
      findings: out.error
        ? [`ERROR ${out.error}`]
        : out.findings.map((f) => `${f.category}:${f.rule} "${f.phrase}"`),
    });
  }
  return {
    split,
    total: part.length,
    stagePairs: stagePairScore(judged),
    byCategory,
    benignFp: rate(benign.filter(benignHit).length, benign.length),
    benignFpByStage,
    misses,
    errors: judged.filter(({ out }) => out.error).length,
    errorIds: judged
      .filter(({ out }) => out.error)
      .map(({ row, out }) => `${row.id} s${row.stage}: ${out.error}`),
  };
}

function stagePairScore(judged: readonly { row: CorpusRow; out: Outcome }[]) {
  const exact = new Map<CorpusRow, boolean>();
  for (const { row, out } of judged)
    exact.set(
      row,
      !out.error &&
        row.labels.length === out.categories.size &&
        row.labels.every((c) => out.categories.has(c)),
    );
  const pairs = stagePairsWithDifferentLabels(judged.map((j) => j.row));
  return rate(pairs.filter(([a, b]) => exact.get(a) && exact.get(b)).length, pairs.length);
}

/** Wilson score interval (95%) of k successes in n, as "[lo–hi]". */
export function wilson(k: number, n: number): string {
  if (n === 0) return '[-]';
  const z = 1.96;
  const p = k / n;
  const mid = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return `[${Math.max(0, mid - half).toFixed(2)}-${Math.min(1, mid + half).toFixed(2)}]`;
}

/** `prefix` names the figures (`test`, `blind.test`...); it defaults to the split. */
export function corpusFigures(r: CorpusResult, prefix: string = r.split): Figure[] {
  const figures: Figure[] = [];
  for (const c of CATEGORIES) {
    const s = r.byCategory[c];
    const detail = `tp ${s.tp} fp ${s.fp} fn ${s.fn}`;
    figures.push({
      key: `${prefix}.${c}.precision`,
      label: `${c} precision`,
      value: s.precision,
      better: 'higher',
      target: 0.9,
      detail: `${wilson(s.tp, s.tp + s.fp)}  ${detail}`,
      n: s.tp + s.fp,
    });
    figures.push({
      key: `${prefix}.${c}.recall`,
      label: `${c} recall`,
      value: s.recall,
      better: 'higher',
      target: 0.85,
      detail: `${wilson(s.tp, s.tp + s.fn)}  ${detail}`,
      n: s.tp + s.fn,
    });
    figures.push({
      key: `${prefix}.${c}.f1`,
      label: `${c} F1`,
      value: s.f1,
      better: 'higher',
      n: s.tp + s.fn,
    });
  }
  const fp = r.benignFp;
  figures.push({
    key: `${prefix}.benign.fp`,
    label: 'benign FP rate (all stages)',
    value: fp.rate,
    better: 'lower',
    target: 0.03,
    detail: `${wilson(fp.hits, fp.total)}  ${fp.hits}/${fp.total}`,
    n: fp.total,
  });
  if (r.stagePairs.total > 0)
    figures.push({
      key: `${prefix}.stagepairs`,
      label: 'stage pairs judged right',
      value: r.stagePairs.rate,
      better: 'higher',
      target: 0.9,
      detail: `${r.stagePairs.hits}/${r.stagePairs.total}`,
      n: r.stagePairs.total,
    });
  for (const [stage, s] of Object.entries(r.benignFpByStage)) {
    figures.push({
      key: `${prefix}.benign.fp.stage${stage}`,
      label: `benign FP rate, stage ${stage} (info)`,
      value: s.rate,
      better: 'lower',
      detail: `${s.hits}/${s.total}`,
      n: s.total,
    });
  }
  return figures;
}
