import nlp from 'compromise';
import { installLexicon } from './lexicon';
import type { Rule } from './rule-types';
import { RULES } from './rules';
import { STAGES, type Stage } from './types';

installLexicon();

/** One distinct pattern string of a stage and the rules that own it. */
export interface PatternEntry {
  pattern: string;
  rules: readonly Rule[];
}

export interface CompiledStage {
  entries: readonly PatternEntry[];
  /** compromise match-net over `entries` (id = index into entries). */
  net: unknown;
  /** Every pattern needs one of these words, so a sentence without any cannot match. */
  anchors: ReadonlySet<string>;
  /** A pattern had no word to anchor on, so every sentence must be tagged. */
  unanchored: boolean;
}

interface Reg {
  optional?: boolean;
  negative?: boolean;
  word?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  operator?: string;
}

/** Words so common that anchoring on them screens out nothing. */
const WEAK = new Set([
  'you',
  'i',
  'me',
  'to',
  'the',
  'a',
  'an',
  'is',
  'are',
  'am',
  'do',
  'not',
  'it',
  'my',
  'we',
  'us',
  'your',
  'be',
  'have',
]);

function wordsOf(reg: Reg): string[] | null {
  if (reg.optional || reg.negative) return null;
  if (reg.word !== undefined) return [reg.word];
  if (reg.fastOr) return [...reg.fastOr];
  if (reg.choices) {
    const out: string[] = [];
    for (const choice of reg.choices) {
      const first = choice.find((r) => !r.optional);
      const w = first ? wordsOf(first) : null;
      if (!w || first !== choice[0]) return null;
      out.push(...w);
    }
    return out;
  }
  return null;
}

/** The required literal words of a pattern that screen best (fewest weak words), or null. */
export function anchorWords(pattern: string): string[] | null {
  const regs = nlp.parseMatch(pattern) as unknown as Reg[];
  let best: string[] | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const reg of regs) {
    const words = wordsOf(reg);
    if (!words) continue;
    const score = words.length + 100 * words.filter((w) => WEAK.has(w)).length;
    if (score < bestScore) {
      best = words;
      bestScore = score;
    }
  }
  return best;
}

export function compileStage(stage: Stage, rules: readonly Rule[] = RULES): CompiledStage {
  const byPattern = new Map<string, Rule[]>();
  for (const rule of rules) {
    if (!rule.stages[stage]) continue;
    for (const p of rule.patterns) {
      const owners = byPattern.get(p) ?? [];
      if (!owners.includes(rule)) owners.push(rule);
      byPattern.set(p, owners);
    }
  }
  const entries = [...byPattern].map(([pattern, owners]) => ({ pattern, rules: owners }));
  const anchors = new Set<string>();
  let unanchored = false;
  for (const e of entries) {
    const words = anchorWords(e.pattern);
    if (words) for (const w of words) anchors.add(w);
    else unanchored = true;
  }
  const net = nlp.buildNet(entries.map((e, i) => ({ match: e.pattern, id: String(i) })));
  return { entries, net, anchors, unanchored };
}

/** Built once at module load, one per stage, so each call only sweeps. */
export const COMPILED: Readonly<Record<Stage, CompiledStage>> = Object.fromEntries(
  STAGES.map((s) => [s, compileStage(s)]),
) as Record<Stage, CompiledStage>;
