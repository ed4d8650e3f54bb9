import { readFileSync } from 'node:fs';
import type { Stage } from '../src/analysis/types';
import { type Figure, rate } from './eval-metrics';
import { type AnalyzeFn, type Outcome, run } from './eval-sets';

/** The public sets of ../shared/eval (see its README): false alarms and politeness separation. */

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
