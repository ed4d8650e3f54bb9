import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analysis/index';
import { analyzeNaive } from '../src/analysis/naive';
import { benchMain } from './bench-cli';

const analysis = resolve(dirname(fileURLToPath(import.meta.url)), '../src/analysis');

process.exitCode = await benchMain(
  { name: 'analyze', analyze, entry: resolve(analysis, 'index.ts'), exportName: 'analyze' },
  {
    name: 'analyzeNaive',
    analyze: analyzeNaive,
    entry: resolve(analysis, 'naive.ts'),
    exportName: 'analyzeNaive',
  },
);
