/** The user's place in the six-stage path (see shared/design/flags.md). */
export type Stage = 1 | 2 | 3 | 4 | 5 | 6;
export const STAGES: readonly Stage[] = [1, 2, 3, 4, 5, 6];

export type Category = 'pushy' | 'demanding' | 'premature' | 'blaming';
export const CATEGORIES: readonly Category[] = ['pushy', 'demanding', 'premature', 'blaming'];

/**
 * `hold`: the guard stops the send and opens the card.
 * `warn`: shown as "caution" by the live indicator, never blocks a send.
 */
export type Severity = 'warn' | 'hold';

export interface Finding {
  category: Category;
  /** Stable kebab-case rule id; also the key used to switch the rule off in settings. */
  rule: string;
  severity: Severity;
  /** UTF-16 offsets into the original text: text.slice(start, end) === phrase. */
  start: number;
  end: number;
  phrase: string;
  reason: string;
  /** At least one gentler wording that fits the sentence. */
  suggestions: string[];
}

export type SignalKind = 'shouting' | 'wall-of-text' | 'not-english' | 'truncated';

/** Things the words alone show that are not flags (never counted as findings). */
export interface Signal {
  kind: SignalKind;
  detail: string;
  start?: number;
  end?: number;
}

export interface AnalyzeOptions {
  stage: Stage;
  /** Rule ids the user switched off. */
  disabledRules?: readonly string[];
}

export interface Analysis {
  findings: Finding[];
  signals: Signal[];
}
