import { readFileSync } from 'node:fs';
import type { Analysis, AnalyzeOptions, Category, Stage } from '../src/analysis/types';
import type { CorpusRow, Split } from '../tests/corpus/corpus';
import { CATEGORIES, type Figure, rate, type Scores, scoreByCategory } from './eval-metrics';

export type AnalyzeFn = (text: string, options: AnalyzeOptions) => Analysis;

/** A finding list, or the error the analyzer threw (counted, never hidden). */
interface Outcome {
  categories: Set<Category>;
  findings: Analysis['findings'];
  error?: string;
}

export function run(analyze: AnalyzeFn, text: string, stage: Stage): Outcome {
  try {
    const { findings } = analyze(text, { stage });
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
  byCategory: Record<Category, Scores>;
  benignFp: { hits: number; total: number; rate: number };
  benignFpByStage: Record<Stage, { hits: number; total: number; rate: number }>;
  misses: Miss[];
  errors: number;
  /** Id and message only: a crash is a bug to fix, and printing the text of test rows would leak them. */
  errorIds: string[];
}

export function evaluateCorpus(analyze: AnalyzeFn, rows: readonly CorpusRow[], split: Split): CorpusResult {
  const part = rows.filter((r) => r.split === split);
  const judged = part.map((r) => ({ row: r, out: run(analyze, r.text, r.stage) }));
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

export function corpusFigures(r: CorpusResult): Figure[] {
  const figures: Figure[] = [];
  for (const c of CATEGORIES) {
    const s = r.byCategory[c];
    const detail = `tp ${s.tp} fp ${s.fp} fn ${s.fn}`;
    figures.push({
      key: `${r.split}.${c}.precision`,
      label: `${c} precision`,
      value: s.precision,
      better: 'higher',
      target: 0.9,
      detail,
      n: s.tp + s.fp,
    });
    figures.push({
      key: `${r.split}.${c}.recall`,
      label: `${c} recall`,
      value: s.recall,
      better: 'higher',
      target: 0.85,
      detail,
      n: s.tp + s.fn,
    });
    figures.push({
      key: `${r.split}.${c}.f1`,
      label: `${c} F1`,
      value: s.f1,
      better: 'higher',
      n: s.tp + s.fn,
    });
  }
  const fp = r.benignFp;
  figures.push({
    key: `${r.split}.benign.fp`,
    label: 'benign FP rate (all stages)',
    value: fp.rate,
    better: 'lower',
    target: 0.03,
    detail: `${fp.hits}/${fp.total}`,
    n: fp.total,
  });
  for (const [stage, s] of Object.entries(r.benignFpByStage)) {
    figures.push({
      key: `${r.split}.benign.fp.stage${stage}`,
      label: `benign FP rate, stage ${stage} (info)`,
      value: s.rate,
      better: 'lower',
      detail: `${s.hits}/${s.total}`,
      n: s.total,
    });
  }
  return figures;
}

// ---------------------------------------------------------------- public sets (../shared/eval)

export interface PublicRow {
  id: string;
  source: string;
  bucket: string;
  text: string;
}

export function loadPublic(path: string): PublicRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as PublicRow)
    .map((r) => ({ ...r, text: r.text.replaceAll('[NAME]', 'Sam') }));
}

/** Which rows answer the public questions: the reported (test) rows, or the rows the README allows tuning on. */
export type PublicPart = 'report' | 'tuning';

const SOURCES: Record<PublicPart, { goemotions: string; politeness: string }> = {
  report: { goemotions: 'goemotions/test', politeness: 'stanford_politeness/wikipedia' },
  tuning: { goemotions: 'goemotions/dev', politeness: 'stanford_politeness/stackexchange' },
};

export interface PublicMiss {
  figure: string;
  id: string;
  text: string;
  findings: string[];
}

export interface PublicResult {
  part: PublicPart;
  figures: Figure[];
  misses: PublicMiss[];
  errors: number;
  errorIds: string[];
}

const isPushyOrDemanding = (o: Outcome) => o.categories.has('pushy') || o.categories.has('demanding');

export function evaluatePublic(
  analyze: AnalyzeFn,
  goemotions: readonly PublicRow[],
  politeness: readonly PublicRow[],
  part: PublicPart,
): PublicResult {
  const src = SOURCES[part];
  const ge = goemotions.filter((r) => r.source === src.goemotions);
  const pol = politeness.filter((r) => r.source === src.politeness);
  const misses: PublicMiss[] = [];
  let errors = 0;
  const errorIds: string[] = [];
  const prefix = part === 'report' ? 'public' : 'tuning';

  const measure = (
    key: string,
    rows: readonly PublicRow[],
    stage: Stage,
    hit: (o: Outcome) => boolean,
    keepMisses: boolean,
  ) => {
    let hits = 0;
    for (const row of rows) {
      const out = run(analyze, row.text, stage);
      if (out.error) {
        errors++;
        errorIds.push(`${row.id} s${stage}: ${out.error}`);
      }
      if (!hit(out)) continue;
      hits++;
      if (keepMisses) {
        misses.push({
          figure: key,
          id: row.id,
          text: row.text,
          findings: out.findings.map((f) => `${f.category}:${f.rule} "${f.phrase}"`),
        });
      }
    }
    return rate(hits, rows.length);
  };

  const figures: Figure[] = [];
  const benign = ge.filter((r) => r.bucket === 'benign_only' || r.bucket === 'neutral_only');
  for (const [stage, target] of [
    [1, 0.04],
    [4, 0.02],
  ] as const) {
    const key = `${prefix}.goemotions.benign_neutral.fp.stage${stage}`;
    const r = measure(key, benign, stage, (o) => o.findings.length > 0, true);
    figures.push({
      key,
      label: `GoEmotions benign+neutral: any finding, stage ${stage}`,
      value: r.rate,
      better: 'lower',
      target,
      detail: `${r.hits}/${r.total}`,
      n: r.total,
    });
  }
  const love = ge.filter((r) => r.bucket === 'love_not_addressed');
  {
    const key = `${prefix}.goemotions.love_not_addressed.premature.stage1`;
    const r = measure(key, love, 1, (o) => o.categories.has('premature'), true);
    figures.push({
      key,
      label: 'GoEmotions love_not_addressed: premature, stage 1',
      value: r.rate,
      better: 'lower',
      target: 0.03,
      detail: `${r.hits}/${r.total}`,
      n: r.total,
    });
  }
  const remorse = ge.filter((r) => r.bucket === 'remorse_apology');
  for (const stage of [3, 1] as const) {
    const key = `${prefix}.goemotions.remorse_apology.blaming.stage${stage}`;
    const r = measure(key, remorse, stage, (o) => o.categories.has('blaming'), true);
    figures.push({
      key,
      label: `GoEmotions remorse_apology: blaming, stage ${stage} (gold: never; no issue target)`,
      value: r.rate,
      better: 'lower',
      detail: `${r.hits}/${r.total}`,
      n: r.total,
    });
  }
  const impolite = measure(
    `${prefix}.politeness.impolite`,
    pol.filter((r) => r.bucket === 'impolite_q1'),
    4,
    isPushyOrDemanding,
    false,
  );
  const polKey = `${prefix}.politeness.polite.flag_rate`;
  const polite = measure(
    polKey,
    pol.filter((r) => r.bucket === 'polite_q4'),
    4,
    isPushyOrDemanding,
    true,
  );
  // With no polite row flagged the ratio is unbounded; dividing by one row's share keeps it a finite lower bound.
  const ratio = impolite.rate / Math.max(polite.rate, 1 / Math.max(1, polite.total));
  const name = part === 'report' ? 'Wikipedia' : 'StackExchange';
  figures.push({
    key: `${prefix}.politeness.impolite.flag_rate`,
    label: `${name} impolite_q1: pushy/demanding, stage 4`,
    value: impolite.rate,
    better: 'higher',
    detail: `${impolite.hits}/${impolite.total}`,
    n: impolite.total,
  });
  figures.push({
    key: polKey,
    label: `${name} polite_q4: pushy/demanding, stage 4`,
    value: polite.rate,
    better: 'lower',
    target: 0.05,
    detail: `${polite.hits}/${polite.total}`,
    n: polite.total,
  });
  figures.push({
    key: `${prefix}.politeness.ratio`,
    label: `${name} impolite / polite flag-rate ratio`,
    value: ratio,
    better: 'higher',
    target: 3,
    detail: polite.hits === 0 ? 'lower bound: no polite row flagged' : undefined,
  });
  return { part, figures, misses, errors, errorIds };
}
