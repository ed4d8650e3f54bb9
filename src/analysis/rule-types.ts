import type { Excuse, Requirement } from './context';
import type { Category, Severity, Stage } from './types';

/** A rule example; `stage` defaults to the first stage the rule applies in. */
export type RuleExample = string | { text: string; stage: Stage };

export interface Rule {
  /** Stable kebab-case id, also the switch users toggle in settings. */
  id: string;
  category: Category;
  /** Stages where the rule applies and how severe it is there; absent stage = not applied. */
  stages: Partial<Record<Stage, Severity>>;
  /** compromise match strings, run on texting-normalised text ("u" → "you", "dont" → "don't"). */
  patterns: readonly string[];
  /** Contexts that cancel a match, on top of DEFAULT_EXCUSES (quoted, title, negated, spans clauses). */
  excuses?: readonly Excuse[];
  /** Default excuses this rule does not take (a sarcastic quote is *meant* to be quoted). */
  waives?: readonly Excuse[];
  /** Contexts a match must have to count. */
  requires?: readonly Requirement[];
  /** Why it hurts, in a sentence; the stage's own advice is appended. */
  reason: string;
  suggestions: readonly string[];
  examples: { flag: readonly RuleExample[]; pass: readonly RuleExample[] };
}
