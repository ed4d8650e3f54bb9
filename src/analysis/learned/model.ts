import { CATEGORIES, type Category, type Stage } from '../types';
import { draftFeatures } from './features';
import weights from './weights.json';

interface CategoryModel {
  bias: number;
  threshold: number;
  byStage: boolean;
  weights: Record<string, number>;
}

export interface LearnedWeights {
  version: number;
  trainedOn: { rows: number; publicNegatives: number; sha256: string };
  categories: Record<Category, CategoryModel>;
}

const MODEL = weights as unknown as LearnedWeights;
// A Map, not the parsed object: a draft saying "constructor" must not read Object.prototype.
const WEIGHTS = Object.fromEntries(
  CATEGORIES.map((c) => [c, new Map(Object.entries(MODEL.categories[c].weights))]),
) as Record<Category, Map<string, number>>;

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

/** Probability, per category, that a draft carries it (logistic regression over word features). */
export function learnedScores(normalised: string, stage: Stage): Record<Category, number> {
  const out = {} as Record<Category, number>;
  const plain = draftFeatures(normalised, stage, false);
  const crossed = CATEGORIES.some((c) => MODEL.categories[c].byStage)
    ? draftFeatures(normalised, stage, true)
    : plain;
  for (const category of CATEGORIES) {
    const m = MODEL.categories[category];
    const w = WEIGHTS[category];
    let z = m.bias;
    const feats = m.byStage ? crossed : plain;
    for (const f of feats) z += w.get(f) ?? 0;
    out[category] = sigmoid(z);
  }
  return out;
}

export const learnedThreshold = (category: Category): number => MODEL.categories[category].threshold;
