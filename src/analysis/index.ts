import nlp from 'compromise';
import type { CompiledStage } from './compile';
import { type Finder, type RawMatch, runAnalysis, type UnitMatches } from './engine';
import { sentenceWords, tag } from './sentences';
import type { Analysis, AnalyzeOptions } from './types';

export { RULES } from './rules';
export type { Analysis, AnalyzeOptions, Category, Finding, Severity, Signal, Stage } from './types';

interface SweepableView {
  docs: unknown[];
  methods: unknown;
}
type BulkMatch = (
  docs: unknown[],
  net: unknown,
  methods: unknown,
  opts: { tagger: boolean },
) => { id: string; pointer: [number, number, number] }[];
const bulkMatch = (nlp.methods() as unknown as { one: { bulkMatch: BulkMatch } }).one.bulkMatch;

/** True when some pattern of the stage has every word it needs in the sentence. */
function mightMatch(words: ReadonlySet<string>, compiled: CompiledStage): boolean {
  if (compiled.unanchored) return true;
  return compiled.needs.some((sets) =>
    sets.every((set) => {
      for (const w of set) if (words.has(w)) return true;
      return false;
    }),
  );
}

/**
 * Screens each sentence by the words the patterns need (no tagging), tags only the sentences that
 * could match, and runs the stage's precompiled match-net over them in one sweep.
 */
const sweepFinder: Finder = (units, compiled) => {
  const out: UnitMatches[] = [];
  for (const unit of units) {
    if (!mightMatch(sentenceWords(unit.text), compiled)) continue;
    const doc = tag(unit.text) as unknown as SweepableView;
    // the sweep's core, without building a View per result (nothing here re-tags)
    const found = bulkMatch(doc.docs, compiled.net, doc.methods, { tagger: false });
    if (found.length === 0) continue;
    const matches: RawMatch[] = found.map(({ id, pointer: [n, start, end] }) => ({
      entry: Number(id),
      n,
      start,
      end,
    }));
    out.push({ doc: doc as unknown as UnitMatches['doc'], base: unit.start, matches });
  }
  return out;
};

/** Flags pushy, demanding, premature and blaming phrases of a draft for the user's stage. Pure. */
export function analyze(text: string, opts: AnalyzeOptions): Analysis {
  return runAnalysis(text, opts, sweepFinder);
}
