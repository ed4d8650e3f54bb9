import nlp from 'compromise';
import type { CompiledStage } from './compile';
import { type Finder, type RawMatch, runAnalysis } from './engine';
import type { Analysis, AnalyzeOptions } from './types';

export { RULES } from './rules';
export type { Analysis, AnalyzeOptions, Category, Finding, Severity, Signal, Stage } from './types';

/** The tagging steps `nlp()` runs after tokenising, minus the ones no rule reads (chunks, typeahead). */
const TAG_STEPS = ['index', 'id', 'lexicon', 'preTagger', 'contractionTwo', 'postTagger'];

type View = ReturnType<typeof nlp>;
interface CachedView extends View {
  _cache: Set<string>[];
}

/**
 * Tokenise everything (cheap), tag only the sentences holding a word some pattern needs, then run
 * the stage's precompiled match-net over them in one sweep.
 */
const sweepFinder: Finder = (text: string, compiled: CompiledStage) => {
  const doc = nlp.tokenize(text);
  let candidates = doc as unknown as View;
  if (!compiled.unanchored) {
    doc.cache();
    const cache = (doc as CachedView)._cache;
    const keep = (_m: unknown, i: number): boolean => {
      const words = cache[i];
      if (!words) return false;
      for (const w of compiled.anchors) if (words.has(w)) return true;
      return false;
    };
    candidates = (doc as unknown as { filter: (fn: typeof keep) => View }).filter(keep);
  }
  if (!candidates.found) return { doc, matches: [] };
  candidates.compute(TAG_STEPS);
  const { found } = candidates.sweep(compiled.net as never) as unknown as {
    found: { id: string; view: { fullPointer: number[][] } }[];
  };
  const matches: RawMatch[] = [];
  for (const f of found) {
    for (const [n, start, end] of f.view.fullPointer) {
      matches.push({ entry: Number(f.id), n: n as number, start: start as number, end: end as number });
    }
  }
  return { doc, matches };
};

/** Flags pushy, demanding, premature and blaming phrases of a draft for the user's stage. Pure. */
export function analyze(text: string, opts: AnalyzeOptions): Analysis {
  return runAnalysis(text, opts, sweepFinder);
}
