import nlp from 'compromise';

/** A sentence of the normalised text and where it starts. */
export interface Unit {
  text: string;
  start: number;
}

const BOUNDARY = /[.!?\u2026]+[)"'\u201D\u2019]*(?=\s)|\n+/g;

/** Splits at sentence punctuation followed by a space, and at line breaks. Linear, no backtracking. */
export function splitSentences(text: string): Unit[] {
  const units: Unit[] = [];
  let start = 0;
  const push = (end: number) => {
    // leading spaces are dropped so the same sentence always reads the same
    let from = start;
    while (from < end && /\s/.test(text[from] as string)) from++;
    const chunk = text.slice(from, end);
    if (/[A-Za-z0-9]/.test(chunk)) units.push({ text: chunk, start: from });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const end = (m.index ?? 0) + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return units;
}

/** The tagging steps `nlp()` runs, minus the ones no rule reads (chunks, typeahead, freeze). */
const TAG_STEPS = ['index', 'lexicon', 'preTagger', 'contractionTwo'];

export type View = ReturnType<typeof nlp>;

/** Tokenise and tag one sentence; both the fast path and the naive baseline use exactly this. */
export function tag(text: string): View {
  const doc = nlp.tokenize(text);
  doc.compute(TAG_STEPS);
  return doc;
}

const CONTRACTION_PARTS: Record<string, string[]> = {
  "n't": ['not'],
  "'m": ['am'],
  "'re": ['are'],
  "'s": ['is', 'has', 'us', 'was', 'does'],
  "'ll": ['will'],
  "'ve": ['have'],
  "'d": ['would', 'had', 'did'],
};
const SPECIAL: Record<string, string[]> = {
  "can't": ['can', 'not'],
  cannot: ['can', 'not'],
  "won't": ['will', 'not'],
  "ain't": ['is', 'am', 'are', 'not', 'have', 'has'],
  "shan't": ['shall', 'not'],
  wanna: ['want', 'to'],
  gonna: ['going', 'to'],
  gotta: ['have', 'got', 'to'],
  hafta: ['have', 'to'],
  dunno: ['do', 'not', 'know'],
  lemme: ['let', 'me'],
  gimme: ['give', 'me'],
  kinda: ['kind', 'of'],
  sorta: ['sort', 'of'],
  "y'all": ['you', 'all'],
  "let's": ['let', 'us'],
};

/**
 * Every word compromise could see in the sentence, contraction parts included, so a pattern whose
 * required words are absent is known not to match without tagging anything. A superset is safe.
 */
export function sentenceWords(text: string): Set<string> {
  const words = new Set<string>();
  if (text.includes('?')) words.add('?');
  for (const m of text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .matchAll(/[a-z0-9']+/g)) {
    const raw = m[0];
    const token = raw.replace(/^'+|'+$/g, '');
    words.add(raw);
    words.add(token);
    const special = Object.hasOwn(SPECIAL, token) ? SPECIAL[token] : undefined;
    if (special) for (const w of special) words.add(w);
    const apos = token.indexOf("'");
    if (apos > 0) {
      words.add(token.slice(0, apos));
      if (token.endsWith("n't")) words.add(token.slice(0, -3));
      for (const [suffix, parts] of Object.entries(CONTRACTION_PARTS)) {
        if (token.endsWith(suffix)) for (const w of parts) words.add(w);
      }
    }
  }
  return words;
}
