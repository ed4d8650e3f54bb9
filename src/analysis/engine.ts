import { COMPILED, type CompiledStage } from './compile';
import {
  DEFAULT_EXCUSES,
  EXCUSES,
  type Excuse,
  findQuoteSpans,
  type MatchContext,
  REQUIREMENTS,
  type Term,
} from './context';
import { looksNotEnglish } from './language';
import { learnedFindings } from './learned/backstop';
import { type Normalised, normalise, toOriginal } from './normalise';
import type { Rule } from './rule-types';
import type { LearnedRule } from './rules/learned';
import { splitSentences, type Unit, type View } from './sentences';
import { textSignals } from './signals';
import { STAGE_ADVICE } from './stages';
import { type Analysis, type AnalyzeOptions, type Finding, type Signal, STAGES } from './types';

/** Longer pastes are cut at a sentence end; keeps a 100 kB paste within a few tens of ms. */
export const MAX_ANALYSED_CHARS = 8000;

/** A match found by a strategy: pattern entry index and term span in sentence `n` of `doc`. */
export interface RawMatch {
  entry: number;
  n: number;
  start: number;
  end: number;
}

/** Matches in one tagged sentence unit starting at `base` in the normalised text. */
export interface UnitMatches {
  doc: View;
  base: number;
  matches: RawMatch[];
}

/** A way of finding pattern matches in the sentences: the match-net sweep or the naive loop. */
export type Finder = (units: readonly Unit[], compiled: CompiledStage) => UnitMatches[];

interface OffsetTerm extends Term {
  offset?: { start: number; length: number };
}

function cutAt(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit);
  const lastEnd = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('! '),
    head.lastIndexOf('? '),
    head.lastIndexOf('\n'),
  );
  return lastEnd > limit / 2 ? head.slice(0, lastEnd + 1) : head.slice(0, head.lastIndexOf(' ') + 1 || limit);
}

function termSpan(terms: readonly OffsetTerm[], s: number, e: number): [number, number] | null {
  let start = -1;
  let end = -1;
  for (let i = s; i < e; i++) {
    const t = terms[i] as OffsetTerm;
    if (!t.offset || t.text === '') continue;
    if (start < 0) start = t.offset.start;
    end = Math.max(end, t.offset.start + t.offset.length);
  }
  return start < 0 ? null : [start, end];
}

const excuseCache = new WeakMap<Rule, readonly Excuse[]>();

/** The default excuses minus the ones the rule waives, plus its own. */
function excusesOf(rule: Rule): readonly Excuse[] {
  let list = excuseCache.get(rule);
  if (!list) {
    const waived = new Set(rule.waives ?? []);
    list = [...DEFAULT_EXCUSES.filter((x) => !waived.has(x)), ...(rule.excuses ?? [])];
    excuseCache.set(rule, list);
  }
  return list;
}

function buildFinding(
  rule: Rule | LearnedRule,
  stage: AnalyzeOptions['stage'],
  original: string,
  s: number,
  e: number,
): Finding {
  const severity = rule.stages[stage] ?? 'hold';
  return {
    category: rule.category,
    rule: rule.id,
    severity,
    start: s,
    end: e,
    phrase: original.slice(s, e),
    reason: `${rule.reason} ${STAGE_ADVICE[stage]}`,
    suggestions: [...rule.suggestions],
  };
}

function judge(
  original: string,
  norm: Normalised,
  found: UnitMatches[],
  compiled: CompiledStage,
  opts: AnalyzeOptions,
): Finding[] {
  if (found.length === 0) return [];
  const quoteSpans = findQuoteSpans(original);
  const disabled = new Set(opts.disabledRules ?? []);
  const findings: Finding[] = [];
  for (const { doc, base, matches } of found) {
    doc.compute('offset');
    const document = (doc as unknown as { document: OffsetTerm[][] }).document;
    for (const m of matches) {
      const terms = document[m.n];
      if (!terms) continue;
      const span = termSpan(terms, m.start, m.end);
      const sentence = termSpan(terms, 0, terms.length);
      if (!span || !sentence) continue;
      const [origStart, origEnd] = toOriginal(norm, base + span[0], base + span[1]);
      const [sentStart, sentEnd] = toOriginal(norm, base + sentence[0], base + sentence[1]);
      const ctx: MatchContext = {
        terms,
        start: m.start,
        end: m.end,
        originalOf: (i) => {
          const t = terms[i] as OffsetTerm;
          if (!t.offset || t.text === '') return '';
          const [a, b] = toOriginal(norm, base + t.offset.start, base + t.offset.start + t.offset.length);
          return original.slice(a, b);
        },
        sentenceTail: original.slice(sentStart, Math.min(original.length, sentEnd + 12)),
        afterStart: original.slice(origStart, Math.min(original.length, sentEnd + 12)),
        origStart,
        origEnd,
        quoteSpans,
      };
      for (const rule of compiled.entries[m.entry]?.rules ?? []) {
        if (disabled.has(rule.id)) continue;
        if ((rule.requires ?? []).some((r) => !REQUIREMENTS[r](ctx))) continue;
        if (excusesOf(rule).some((x) => EXCUSES[x](ctx))) continue;
        findings.push(buildFinding(rule, opts.stage, original, origStart, origEnd));
      }
    }
  }
  return dedupe(findings);
}

/** One finding per rule per overlapping span (the longest), in text order. */
function dedupe(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Finding[] = [];
  for (const f of sorted) {
    const clash = kept.find((k) => k.rule === f.rule && f.start < k.end && k.start < f.end);
    if (!clash) kept.push(f);
    else if (f.end - f.start > clash.end - clash.start) kept[kept.indexOf(clash)] = f;
  }
  return kept.sort(
    (a, b) => a.start - b.start || a.category.localeCompare(b.category) || a.rule.localeCompare(b.rule),
  );
}

export function runAnalysis(text: string, opts: AnalyzeOptions, find: Finder): Analysis {
  if (!STAGES.includes(opts.stage)) throw new RangeError(`stage must be 1-6, got ${String(opts.stage)}`);
  if (typeof text !== 'string' || text.trim() === '') return { findings: [], signals: [] };
  const analysed = cutAt(text, MAX_ANALYSED_CHARS);
  const signals: Signal[] = textSignals(text, opts.stage);
  if (analysed.length < text.length) {
    signals.push({
      kind: 'truncated',
      detail: `Only the first ${analysed.length} of ${text.length} characters were checked.`,
      start: analysed.length,
      end: text.length,
    });
  }
  const norm = normalise(analysed);
  const foreign = looksNotEnglish(norm.text);
  if (foreign) {
    signals.push({ kind: 'not-english', detail: foreign });
    return { findings: [], signals };
  }
  const compiled = COMPILED[opts.stage];
  const units = splitSentences(norm.text);
  const findings = judge(analysed, norm, find(units, compiled), compiled, opts);
  const learned = learnedFindings(norm, units, findings, opts, (rule, s, e) =>
    buildFinding(rule, opts.stage, analysed, s, e),
  );
  return { findings: learned.length > 0 ? dedupe([...findings, ...learned]) : findings, signals };
}
