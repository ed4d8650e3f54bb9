import type { Stage } from '../types';

/**
 * Word and word-pair features of a whole draft for the learned backstop. The text is the
 * analyzer's texting-normalised text ("u" → "you", "dont" → "don't"), so "ur" and "your" are one
 * feature. Premature depends on the stage, so its features are also crossed with the stage.
 */
export function draftFeatures(normalised: string, stage: Stage, byStage: boolean): string[] {
  const words =
    normalised
      .toLowerCase()
      .replace(/['\u2019]/g, '')
      .match(/[a-z]+|[?!]/g) ?? [];
  const feats = new Set<string>(words);
  for (let i = 1; i < words.length; i++) feats.add(`${words[i - 1]}_${words[i]}`);
  const out = [...feats];
  if (byStage) for (const f of feats) out.push(`${f}@${stage}`);
  out.push(`stage${stage}`);
  return out;
}
