import type { Signal, Stage } from './types';

/**
 * Signals are what the shape of a draft shows, not its wording: shouting and a wall of text. They
 * never count as flags; the guard shows them as hints.
 *
 * Wall-of-text thresholds (characters / sentences). Stages 1, 2 and 5 ask for a light touch; stage 3
 * (honesty) leaves room for a longer, careful message; stage 4 and 6 sit in between.
 */
export const WALL_OF_TEXT: Record<Stage, { chars: number; sentences: number }> = {
  1: { chars: 400, sentences: 5 },
  2: { chars: 500, sentences: 6 },
  3: { chars: 1500, sentences: 15 },
  4: { chars: 1000, sentences: 10 },
  5: { chars: 400, sentences: 5 },
  6: { chars: 2000, sentences: 20 },
};

const ACRONYMS = new Set([
  'OK',
  'LOL',
  'OMG',
  'TV',
  'USA',
  'UK',
  'NYC',
  'BTW',
  'ID',
  'DM',
  'ASAP',
  'FYI',
  'PM',
  'AM',
  'LMAO',
  'IDK',
  'TBH',
  'JK',
  'BRB',
  'GIF',
  'PDF',
  'NBA',
  'NFL',
  'BBQ',
  'DIY',
  'ETA',
  'IMO',
  'NGL',
  'ILY',
  'TTYL',
  'XOXO',
]);
const CAPS_RUN = /\b[A-Z][A-Z']+\b(?:[^A-Za-z\n]{1,4}\b(?:[A-Z][A-Z']*)\b)+/g;
const PUNCT_RUN = /!{3,}|\?{3,}|[?!]{4,}/g;
const MAX_PER_KIND = 5;

function shouting(text: string): Signal[] {
  const out: Signal[] = [];
  for (const m of text.matchAll(CAPS_RUN)) {
    const words = m[0].match(/[A-Z']+/g) ?? [];
    const loud = words.filter((w) => w.length >= 2 && !ACRONYMS.has(w));
    if (loud.length < 2 && !(loud.length >= 1 && words.length >= 3)) continue;
    const start = m.index ?? 0;
    out.push({
      kind: 'shouting',
      detail: 'Written in capitals, which reads as shouting.',
      start,
      end: start + m[0].length,
    });
    if (out.length >= MAX_PER_KIND) break;
  }
  let punct = 0;
  for (const m of text.matchAll(PUNCT_RUN)) {
    const start = m.index ?? 0;
    out.push({
      kind: 'shouting',
      detail: `"${m[0]}" reads as raised voice or impatience.`,
      start,
      end: start + m[0].length,
    });
    if (++punct >= MAX_PER_KIND) break;
  }
  return out;
}

/** Sentences with at least two words; cheap and linear, good enough for a length hint. */
export function countSentences(text: string): number {
  let count = 0;
  for (const part of text.split(/[.!?]+(?=\s|$)|\n+/)) {
    if (/\S+\s+\S+/.test(part)) count++;
  }
  return count;
}

export function textSignals(text: string, stage: Stage): Signal[] {
  const signals = shouting(text);
  const limit = WALL_OF_TEXT[stage];
  const chars = text.trim().length;
  if (chars > limit.chars || countSentences(text) > limit.sentences) {
    signals.push({
      kind: 'wall-of-text',
      detail: `Long for stage ${stage} (over ${limit.chars} characters or ${limit.sentences} sentences); a shorter note is easier to answer.`,
    });
  }
  return signals;
}
