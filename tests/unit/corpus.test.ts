import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus, stagePairsWithDifferentLabels } from '../corpus/corpus';

const CORPUS = fileURLToPath(new URL('../corpus/messages.jsonl', import.meta.url));
const rows = loadCorpus(CORPUS);

describe('labelled corpus (tests/corpus/messages.jsonl)', () => {
  it('has one well-formed object per line with unique ids', () => {
    const lines = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(lines.length).toBe(rows.length);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.id).toMatch(/^c\d{4}$/);
      expect(r.text.trim().length).toBeGreaterThan(0);
      expect(new Set(r.labels).size).toBe(r.labels.length);
    }
  });

  it('has at least 480 messages and at least 60 in every stage', () => {
    expect(rows.length).toBeGreaterThanOrEqual(480);
    for (const stage of [1, 2, 3, 4, 5, 6]) {
      expect(rows.filter((r) => r.stage === stage).length, `stage ${stage}`).toBeGreaterThanOrEqual(60);
    }
  });

  it('is at least 45% benign', () => {
    const benign = rows.filter((r) => r.labels.length === 0).length;
    expect(benign / rows.length).toBeGreaterThanOrEqual(0.45);
  });

  it('has no premature label from stage 4 on (flags.md: nothing is premature there)', () => {
    expect(rows.filter((r) => r.stage >= 4 && r.labels.includes('premature'))).toEqual([]);
  });

  it('has at least 40 same-text pairs whose verdict changes with the stage, each pair in one split', () => {
    const pairs = stagePairsWithDifferentLabels(rows);
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    for (const [a, b] of pairs) expect(a.split, a.text).toBe(b.split);
  });

  it('splits roughly 50/50 with every stage and every category in both splits', () => {
    const dev = rows.filter((r) => r.split === 'dev');
    const test = rows.filter((r) => r.split === 'test');
    expect(Math.abs(dev.length - test.length)).toBeLessThanOrEqual(rows.length * 0.05);
    for (const part of [dev, test]) {
      for (const stage of [1, 2, 3, 4, 5, 6]) {
        expect(part.some((r) => r.stage === stage)).toBe(true);
      }
      for (const category of ['pushy', 'demanding', 'premature', 'blaming'] as const) {
        expect(part.filter((r) => r.labels.includes(category)).length).toBeGreaterThanOrEqual(15);
      }
    }
  });
});
