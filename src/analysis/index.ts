import nlp from 'compromise';
import type { CompiledStage, PatternEntry } from './compile';
import { type Finder, type RawMatch, runAnalysis, type UnitMatches } from './engine';
import { sentenceWords, tag } from './sentences';
import type { Analysis, AnalyzeOptions } from './types';

export { RULES } from './rules';
export type { Analysis, AnalyzeOptions, Category, Finding, Severity, Signal, Stage } from './types';

interface TaggedView {
  docs: unknown[];
}
type RunMatch = (docs: unknown[], todo: { regs: unknown[] }) => { ptrs: [number, number, number][] };
const runMatch = (nlp.methods() as unknown as { one: { match: RunMatch } }).one.match;

/** Indices of the stage's patterns whose every needed word is in the sentence, in pattern order. */
function candidates(words: ReadonlySet<string>, compiled: CompiledStage): number[] {
  const seen = new Uint8Array(compiled.entries.length);
  const out: number[] = [];
  for (const w of words) {
    const anchored = compiled.byAnchor.get(w);
    if (!anchored) continue;
    for (const i of anchored) {
      if (seen[i]) continue;
      seen[i] = 1;
      if (needsMet(compiled.needList[i] ?? [], words)) out.push(i);
    }
  }
  return out.sort((x, y) => x - y);
}

/** Every needed set has one of its words in the sentence. */
function needsMet(sets: readonly (readonly string[])[], words: ReadonlySet<string>): boolean {
  for (const set of sets) {
    let hit = false;
    for (const w of set) {
      if (words.has(w)) {
        hit = true;
        break;
      }
    }
    if (!hit) return false;
  }
  return true;
}

/**
 * Screens each sentence by the words every pattern needs (no tagging), tags only sentences some
 * pattern could match, and runs only those patterns, pre-parsed at load, through compromise's
 * matcher. Same decisions as running every pattern (see naive.ts), a fraction of the work.
 */
const screenedFinder: Finder = (units, compiled) => {
  const out: UnitMatches[] = [];
  // a paste often repeats sentences; each distinct one is tagged and matched once per call
  const seen = new Map<string, Omit<UnitMatches, 'base'> | null>();
  for (const unit of units) {
    const known = seen.get(unit.text);
    if (known !== undefined) {
      if (known) out.push({ ...known, base: unit.start });
      continue;
    }
    const todo = compiled.unanchored
      ? compiled.entries.map((_e, i) => i)
      : candidates(sentenceWords(unit.text), compiled);
    if (todo.length === 0) {
      seen.set(unit.text, null);
      continue;
    }
    const doc = tag(unit.text);
    const docs = (doc as unknown as TaggedView).docs;
    const matches: RawMatch[] = [];
    for (const entry of todo) {
      const { ptrs } = runMatch(docs, { regs: (compiled.entries[entry] as PatternEntry).regs });
      for (const [n, start, end] of ptrs) matches.push({ entry, n, start, end });
    }
    seen.set(unit.text, matches.length > 0 ? { doc, matches } : null);
    if (matches.length > 0) out.push({ doc, base: unit.start, matches });
  }
  return out;
};

/** Flags pushy, demanding, premature and blaming phrases of a draft for the user's stage. Pure. */
export function analyze(text: string, opts: AnalyzeOptions): Analysis {
  return runAnalysis(text, opts, screenedFinder);
}
