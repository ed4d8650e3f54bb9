import { writeFileSync } from 'node:fs';
import { rulesLocaleJson } from '../src/analysis/rules-locale';

// Regenerates locales/en/rules.json from the rule data (a test fails when it is stale).
writeFileSync('locales/en/rules.json', rulesLocaleJson());
console.log('wrote locales/en/rules.json');
