import nlp from 'compromise';
import { installLexicon } from './lexicon';
import type { Rule } from './rule-types';
import { RULES } from './rules';
import { STAGES, type Stage } from './types';

installLexicon();

/** One distinct pattern string of a stage and the rules that own it. */
export interface PatternEntry {
  pattern: string;
  /** The pattern parsed once by compromise's parseMatch, ready for its matcher. */
  regs: unknown[];
  rules: readonly Rule[];
}

export interface CompiledStage {
  entries: readonly PatternEntry[];
  /**
   * Per pattern, the word sets it cannot match without: each set needs one of its words present.
   * A sentence that satisfies no pattern's sets cannot match, so it is never tagged.
   */
  needs: readonly (readonly ReadonlySet<string>[])[];
  /** The same sets as arrays, rarest first, for the per-sentence screen. */
  needList: readonly (readonly (readonly string[])[])[];
  /** A pattern needs no literal word at all, so every sentence must be tagged. */
  unanchored: boolean;
  /** Word → patterns whose rarest needed set holds that word (a pattern is listed once per word). */
  byAnchor: ReadonlyMap<string, readonly number[]>;
}

interface Reg {
  optional?: boolean;
  negative?: boolean;
  word?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  operator?: string;
}

function wordsOf(reg: Reg): string[] | null {
  if (reg.optional || reg.negative) return null;
  if (reg.word !== undefined) return [reg.word];
  if (reg.fastOr) return [...reg.fastOr];
  if (reg.choices && reg.operator === 'and') {
    // every side must hold, so any side that names words is a need
    for (const side of reg.choices) {
      const w = side[0] && !side[0].optional ? wordsOf(side[0]) : null;
      if (w) return w;
    }
    return null;
  }
  if (reg.choices) {
    const out: string[] = [];
    for (const choice of reg.choices) {
      const first = choice[0];
      const w = first && !first.optional ? wordsOf(first) : null;
      if (!w) return null;
      out.push(...w);
    }
    return out;
  }
  return null;
}

/** The word sets a pattern needs (one word of each set must be in the sentence). */
export function requiredWordSets(pattern: string): Set<string>[] {
  const regs = nlp.parseMatch(pattern) as unknown as Reg[];
  const sets: Set<string>[] = [];
  for (const reg of regs) {
    const words = wordsOf(reg);
    if (words) sets.push(new Set(words));
    // "@hasQuestionMark" cannot match a sentence without one (sentenceWords adds "?")
    if ((reg as { method?: string }).method === 'hasQuestionMark' && !reg.optional) sets.push(new Set(['?']));
  }
  return sets;
}

/**
 * compromise tries the choices of an alternation in order and does not backtrack into a shorter
 * one, so "(leave|leave me) i" misses "leave me i". Longest choices go first.
 */
export function longestChoicesFirst(pattern: string): string {
  return pattern.replace(/\(([^()]*\|[^()]*)\)/g, (_all, inner: string) => {
    const choices = inner.split('|');
    const words = (c: string) => c.trim().split(/\s+/).length;
    const sorted = choices.map((c, i) => ({ c, i })).sort((a, b) => words(b.c) - words(a.c) || a.i - b.i);
    return `(${sorted.map((x) => x.c).join('|')})`;
  });
}

/** Words in nearly every draft: a pattern anchored on one of these is tried on nearly every sentence. */
const EVERYWHERE = new Set(
  (
    'i you me my your we us our it is are am was were be been not do does did have has had will would can ' +
    'could should to the a an and or but so just of for on in at with that this what why how if no ' +
    'all about up out get got go going want need know think like really still again now then ?'
  ).split(' '),
);

/** How often a pattern anchored on this word set would be tried: common words cost much more. */
const anchorCost = (set: ReadonlySet<string>): number => {
  let cost = 0;
  for (const w of set) cost += EVERYWHERE.has(w) ? 50 : 1;
  return cost;
};

export function compileStage(stage: Stage, rules: readonly Rule[] = RULES): CompiledStage {
  const byPattern = new Map<string, Rule[]>();
  for (const rule of rules) {
    if (!rule.stages[stage]) continue;
    for (const raw of rule.patterns) {
      const p = longestChoicesFirst(raw);
      const owners = byPattern.get(p) ?? [];
      if (!owners.includes(rule)) owners.push(rule);
      byPattern.set(p, owners);
    }
  }
  const entries = [...byPattern].map(([pattern, owners]) => ({
    pattern,
    regs: nlp.parseMatch(pattern) as unknown as unknown[],
    rules: owners,
  }));
  const needs = entries.map((e) => requiredWordSets(e.pattern));
  const unanchored = needs.some((sets) => sets.length === 0);
  const byAnchor = new Map<string, number[]>();
  needs.forEach((sets, i) => {
    const anchor = sets.reduce<Set<string> | undefined>(
      (best, set) => (!best || anchorCost(set) < anchorCost(best) ? set : best),
      undefined,
    );
    for (const w of anchor ?? []) {
      const list = byAnchor.get(w) ?? [];
      list.push(i);
      byAnchor.set(w, list);
    }
  });
  const needList = needs.map((sets) =>
    [...sets].sort((a, b) => anchorCost(a) - anchorCost(b)).map((set) => [...set]),
  );
  return { entries, needs, needList, unanchored, byAnchor };
}

/** Built once at module load, one per stage, so a call only screens words and runs matchers. */
export const COMPILED: Readonly<Record<Stage, CompiledStage>> = Object.fromEntries(
  STAGES.map((s) => [s, compileStage(s)]),
) as Record<Stage, CompiledStage>;
