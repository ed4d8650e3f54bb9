/** Writes docs/rules.md from the analyzer's rule data (npm run rules:doc). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderRulesDoc } from '../src/analysis/rules-doc';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/rules.md', renderRulesDoc());
console.log('wrote docs/rules.md');
