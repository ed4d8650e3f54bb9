import nlp from 'compromise';
import type { CompiledStage } from './compile';
import { type Finder, type RawMatch, runAnalysis } from './engine';
import type { Analysis, AnalyzeOptions } from './types';

/**
 * Baseline for the benchmark: tag the whole text, then run every pattern separately with
 * `doc.match`. Same rules, same context checks, same decisions as `analyze`; only slower.
 */
const matchEachFinder: Finder = (text: string, compiled: CompiledStage) => {
  const doc = nlp(text);
  const matches: RawMatch[] = [];
  compiled.entries.forEach((entry, i) => {
    const m = doc.match(entry.pattern) as unknown as { fullPointer: number[][] };
    for (const [n, start, end] of m.fullPointer) {
      matches.push({ entry: i, n: n as number, start: start as number, end: end as number });
    }
  });
  return { doc, matches };
};

export function analyzeNaive(text: string, opts: AnalyzeOptions): Analysis {
  return runAnalysis(text, opts, matchEachFinder);
}
