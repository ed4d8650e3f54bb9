import { describe, expect, it } from 'vitest';
import { COMPILED } from './compile';
import { analyze } from './index';
import type { Rule, RuleExample } from './rule-types';
import { RULES } from './rules';
import { STAGES, type Stage } from './types';

const firstStage = (rule: Rule): Stage => Number(Object.keys(rule.stages)[0]) as Stage;
const expand = (rule: Rule, ex: RuleExample) =>
  typeof ex === 'string' ? { text: ex, stage: firstStage(rule) } : ex;

const cases = (kind: 'flag' | 'pass') =>
  RULES.flatMap((rule) => rule.examples[kind].map((ex) => ({ rule, ...expand(rule, ex) })));

describe('rule examples', () => {
  it.each(cases('flag'))('$rule.id flags "$text" at stage $stage', ({ rule, text, stage }) => {
    const hits = analyze(text, { stage }).findings.filter((f) => f.rule === rule.id);
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) {
      expect(text.slice(f.start, f.end)).toBe(f.phrase);
      expect(f.category).toBe(rule.category);
    }
  });

  it.each(cases('pass'))('$rule.id passes "$text" at stage $stage', ({ rule, text, stage }) => {
    const hits = analyze(text, { stage }).findings.filter((f) => f.rule === rule.id);
    expect(hits.map((f) => f.phrase)).toEqual([]);
  });
});

describe('rule data hygiene', () => {
  it('ids are unique kebab-case', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('every pattern needs at least one literal word, so sentences can be screened before tagging', () => {
    for (const stage of STAGES) expect(COMPILED[stage].unanchored).toBe(false);
  });

  it('no wildcard is followed by an alternation with a multi-word option (compromise cannot match those)', () => {
    const wildcardThenGroup = /\.\{\d+,\d+\}\??\s+\(([^)]*)\)/g;
    const hazards = RULES.flatMap((rule) =>
      rule.patterns.filter((p) =>
        [...p.matchAll(wildcardThenGroup)].some((m) => (m[1] ?? '').split('|').some((o) => o.includes(' '))),
      ),
    );
    expect(hazards).toEqual([]);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s has examples, suggestions, stages and patterns',
    (_id, rule) => {
      expect(rule.examples.flag.length).toBeGreaterThan(0);
      expect(rule.examples.pass.length).toBeGreaterThan(0);
      expect(rule.suggestions.length).toBeGreaterThan(0);
      expect(rule.suggestions.every((s) => s.trim().length > 0)).toBe(true);
      expect(Object.keys(rule.stages).length).toBeGreaterThan(0);
      expect(rule.patterns.length).toBeGreaterThan(0);
      expect(rule.reason.length).toBeGreaterThan(10);
    },
  );
});
