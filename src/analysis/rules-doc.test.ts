import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from './rules';
import { renderRulesDoc } from './rules-doc';

describe('docs/rules.md', () => {
  it('is up to date with the rule data (run npm run rules:doc)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../docs/rules.md', import.meta.url)), 'utf8');
    expect(committed).toBe(renderRulesDoc());
  });

  it('lists every rule', () => {
    const doc = renderRulesDoc();
    for (const r of RULES) expect(doc).toContain(`\`${r.id}\``);
  });
});
