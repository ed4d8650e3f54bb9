import { analyze } from '../analysis/index';
import { STAGES, type Stage } from '../analysis/types';

/** One output line of `check --jsonl`; a stable contract for evaluations outside the test suite. */
export interface JsonlResult {
  id: unknown;
  error?: string;
  findings: {
    category: string;
    rule: string;
    start: number;
    end: number;
    phrase: string;
    severity: string;
    reason: string;
    suggestions: string[];
  }[];
  signals: unknown[];
}

const fail = (id: unknown, error: string): JsonlResult => ({ id, error, findings: [], signals: [] });

/** Turns one input line into one result; never throws. */
export function checkLine(line: string): JsonlResult {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return fail(null, 'invalid JSON');
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return fail(null, 'expected a JSON object');
  const { id = null, text, stage } = input as { id?: unknown; text?: unknown; stage?: unknown };
  if (typeof text !== 'string') return fail(id, 'missing or non-string "text"');
  const n =
    stage === undefined
      ? 1
      : typeof stage === 'string' && /^[1-6]$/.test(stage.trim())
        ? Number(stage)
        : stage;
  if (!STAGES.includes(n as Stage)) return fail(id, `bad "stage" ${JSON.stringify(stage)}: expected 1-6`);
  try {
    const { findings, signals } = analyze(text, { stage: n as Stage });
    return {
      id,
      findings: findings.map((f) => ({
        category: f.category,
        rule: f.rule,
        start: f.start,
        end: f.end,
        phrase: f.phrase,
        severity: f.severity,
        reason: f.reason,
        suggestions: f.suggestions,
      })),
      signals,
    };
  } catch (err) {
    return fail(id, `analysis failed: ${(err as Error).message}`);
  }
}
