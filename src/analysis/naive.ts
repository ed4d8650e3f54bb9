import { type Finder, type RawMatch, runAnalysis, type UnitMatches } from './engine';
import { tag } from './sentences';
import type { Analysis, AnalyzeOptions } from './types';

/**
 * Baseline for the benchmark: tag every sentence, then run every pattern separately with
 * `doc.match`. Same rules, same context checks, same decisions as `analyze`; only slower.
 */
const matchEachFinder: Finder = (units, compiled) => {
  const out: UnitMatches[] = [];
  for (const unit of units) {
    const doc = tag(unit.text);
    const matches: RawMatch[] = [];
    compiled.entries.forEach((entry, i) => {
      const m = doc.match(entry.pattern) as unknown as { fullPointer: number[][] };
      for (const [n, start, end] of m.fullPointer) {
        matches.push({ entry: i, n: n as number, start: start as number, end: end as number });
      }
    });
    if (matches.length > 0) out.push({ doc, base: unit.start, matches });
  }
  return out;
};

export function analyzeNaive(text: string, opts: AnalyzeOptions): Analysis {
  return runAnalysis(text, opts, matchEachFinder);
}
