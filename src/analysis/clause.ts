/** What the context checks see of a match, and clause boundaries within its sentence. */

/** The slice of a compromise term these checks read. */
export interface Term {
  text: string;
  normal?: string;
  implicit?: string;
  machine?: string;
  tags: Set<string>;
  pre: string;
  post: string;
}

export interface MatchContext {
  /** Terms of the sentence holding the match. */
  terms: readonly Term[];
  /** Term indices of the match, end exclusive. */
  start: number;
  end: number;
  /** The original text of term i (as the user typed it). */
  originalOf: (i: number) => string;
  /** Original text of the sentence plus a few characters after it (emoji after the full stop). */
  sentenceTail: string;
  /** Original text from the start of the match to a few characters past its sentence. */
  afterStart: string;
  /** Original offsets of the match and the quoted spans of the whole text. */
  origStart: number;
  origEnd: number;
  quoteSpans: readonly (readonly [number, number])[];
}

export const wordOf = (t: Term | undefined): string =>
  t ? (t.implicit ?? t.machine ?? t.normal ?? t.text.toLowerCase()) : '';

export const CLAUSE_PUNCT = /[,;:()\u2014\u2013]|\.\.|(^|\s)-(\s|$)/;
const CLAUSE_WORDS = new Set([
  'but',
  'though',
  'although',
  'however',
  'yet',
  'and',
  'so',
  'because',
  'while',
  'unless',
  'or',
]);

/** Index of the first term of the clause holding term `i`. */
export function clauseStart(terms: readonly Term[], i: number): number {
  let k = i;
  while (k > 0) {
    const prev = terms[k - 1] as Term;
    if (CLAUSE_PUNCT.test(prev.post)) break;
    if (CLAUSE_WORDS.has(wordOf(prev))) break;
    k--;
  }
  return k;
}

/** Index one past the last term of the clause holding term `i`. */
export function clauseEnd(terms: readonly Term[], i: number): number {
  let k = i;
  while (k < terms.length - 1) {
    const t = terms[k] as Term;
    if (CLAUSE_PUNCT.test(t.post)) break;
    if (CLAUSE_WORDS.has(wordOf(terms[k + 1]))) break;
    k++;
  }
  return k + 1;
}

export const wordsBetween = (terms: readonly Term[], a: number, b: number): string[] =>
  terms.slice(a, b).map(wordOf);

export const textBetween = (terms: readonly Term[], a: number, b: number): string =>
  terms
    .slice(a, b)
    .map((t) => (t.implicit && !t.text ? t.implicit : (t.normal ?? t.text).toLowerCase()))
    .join(' ');
