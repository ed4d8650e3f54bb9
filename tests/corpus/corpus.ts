import { readFileSync } from 'node:fs';
import type { Category, Stage } from '../../src/analysis/types';

export type Split = 'dev' | 'test';

export interface CorpusRow {
  id: string;
  text: string;
  stage: Stage;
  labels: Category[];
  split: Split;
  note?: string;
  /** Written by another batch of writers (blind.jsonl): a letter per batch. */
  batch?: string;
  /** Real-text rows (sms.jsonl) where the two labelling passes disagreed: kept out of scoring and training. */
  disputed?: { a: Category[]; b: Category[] };
  unsure?: boolean;
}

const CATEGORIES: readonly Category[] = ['pushy', 'demanding', 'premature', 'blaming'];

/**
 * Parses and validates the corpus; a malformed line throws with its line number. Disputed rows (the
 * two labelling passes disagreed) are left out unless asked for: they are never scored or trained on.
 */
export function loadCorpus(path: string, { withDisputed = false } = {}): CorpusRow[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const rows: CorpusRow[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const raw = JSON.parse(line) as Partial<CorpusRow>;
    const where = `${path}:${i + 1}`;
    if (typeof raw.id !== 'string' || typeof raw.text !== 'string') throw new Error(`${where}: id/text`);
    if (!Number.isInteger(raw.stage) || (raw.stage as number) < 1 || (raw.stage as number) > 6) {
      throw new Error(`${where}: stage`);
    }
    if (!Array.isArray(raw.labels) || raw.labels.some((l) => !CATEGORIES.includes(l))) {
      throw new Error(`${where}: labels`);
    }
    if (raw.split !== 'dev' && raw.split !== 'test') throw new Error(`${where}: split`);
    if (raw.disputed && !withDisputed) return;
    rows.push(raw as CorpusRow);
  });
  return rows;
}

/** Every two rows with the same text in different stages whose label sets differ. */
export function stagePairsWithDifferentLabels(rows: readonly CorpusRow[]): [CorpusRow, CorpusRow][] {
  const byText = new Map<string, CorpusRow[]>();
  for (const r of rows) byText.set(r.text, [...(byText.get(r.text) ?? []), r]);
  const key = (r: CorpusRow) => [...r.labels].sort().join(',');
  const pairs: [CorpusRow, CorpusRow][] = [];
  for (const group of byText.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (a.stage !== b.stage && key(a) !== key(b)) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}
