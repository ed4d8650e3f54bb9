import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../tests/corpus/corpus';
import { CATEGORIES, checkFloor, type Figure, type Floor, floorFrom, meetsTarget } from './eval-metrics';
import { evaluatePublic, loadPublic, type PublicResult } from './eval-public';
import { type AnalyzeFn, type CorpusResult, corpusFigures, evaluateCorpus } from './eval-sets';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  json?: string | true;
  check?: string;
  writeFloor?: string;
  margin: number;
  misses?: 'dev' | 'tuning';
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { margin: 0.01 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    const value = () => {
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      i++;
      return next;
    };
    if (arg === '--json') {
      opts.json = next !== undefined && !next.startsWith('--') ? value() : true;
    } else if (arg === '--check') opts.check = value();
    else if (arg === '--write-floor') opts.writeFloor = value();
    else if (arg === '--margin') opts.margin = Number(value());
    else if (arg === '--misses') {
      const which = value();
      // Test-split misses are never printed: looking at them would turn the test split into a dev split.
      if (which !== 'dev' && which !== 'tuning')
        throw new Error('--misses takes "dev" or "tuning" (never test)');
      opts.misses = which;
    } else throw new Error(`unknown option ${arg}`);
  }
  return opts;
}

function formatValue(f: Figure): string {
  if (f.key.endsWith('.ratio')) return `${f.value.toFixed(1)}x`;
  if (/\.(precision|recall|f1)$/.test(f.key)) return f.value.toFixed(3);
  if (f.key === 'analyzer.errors') return String(f.value);
  return `${(f.value * 100).toFixed(1)}%`;
}

function formatTarget(f: Figure): string {
  if (f.target === undefined) return '';
  const op = f.better === 'higher' ? '>=' : '<=';
  const t = f.key.endsWith('.ratio')
    ? `${f.target}x`
    : f.key.endsWith('.errors')
      ? String(f.target)
      : /\.(precision|recall)$/.test(f.key)
        ? f.target.toFixed(2)
        : `${f.target * 100}%`;
  return `${op} ${t}`;
}

function printTable(title: string, figures: readonly Figure[]): void {
  console.log(`\n${title}`);
  console.log('-'.repeat(title.length));
  const width = Math.max(...figures.map((f) => f.label.length));
  for (const f of figures) {
    const verdict = meetsTarget(f);
    const mark = verdict === undefined ? '    ' : verdict ? 'PASS' : 'MISS';
    console.log(
      `  ${f.label.padEnd(width)}  ${formatValue(f).padStart(7)}  ${formatTarget(f).padEnd(8)}  ${mark}  ${f.detail ?? ''}`.trimEnd(),
    );
  }
}

/** REKINDLE_SHARED may name the shared folder (holding eval/) or the eval folder itself. */
function sharedDir(): string {
  const override = process.env.REKINDLE_SHARED;
  if (!override) return resolve(ROOT, '../shared/eval');
  const nested = resolve(override, 'eval');
  return existsSync(resolve(nested, 'goemotions_buckets.jsonl')) ? nested : resolve(override);
}

export interface EvalReport {
  corpus: {
    test: CorpusResult;
    dev: CorpusResult;
    blindTest: CorpusResult;
    blindDev: CorpusResult;
    smsTest: CorpusResult;
    smsDev: CorpusResult;
  };
  /** The same reported sets counting only the findings that hold a send. */
  holdOnly: { test: CorpusResult; blindTest: CorpusResult; smsTest: CorpusResult };
  publicReport?: PublicResult;
  publicTuning?: PublicResult;
  figures: Figure[];
}

export function evaluateAll(analyze: AnalyzeFn): EvalReport {
  const rows = loadCorpus(resolve(ROOT, 'tests/corpus/messages.jsonl'));
  const test = evaluateCorpus(analyze, rows, 'test');
  const dev = evaluateCorpus(analyze, rows, 'dev');
  // Written blind to the rules by other writers, from flags.md alone (tests/corpus/README.md)
  const blind = loadCorpus(resolve(ROOT, 'tests/corpus/blind.jsonl'));
  const blindTest = evaluateCorpus(analyze, blind, 'test');
  const blindDev = evaluateCorpus(analyze, blind, 'dev');
  // Real people's texts, labelled twice by flags.md at an assigned stage; disputed rows left out
  const sms = loadCorpus(resolve(ROOT, 'tests/corpus/sms.jsonl'));
  const smsTest = evaluateCorpus(analyze, sms, 'test');
  const smsDev = evaluateCorpus(analyze, sms, 'dev');
  const holdOnly = {
    test: evaluateCorpus(analyze, rows, 'test', 'hold'),
    blindTest: evaluateCorpus(analyze, blind, 'test', 'hold'),
    smsTest: evaluateCorpus(analyze, sms, 'test', 'hold'),
  };
  const figures = [
    ...corpusFigures(test),
    ...corpusFigures(dev),
    ...corpusFigures(blindTest, 'blind.test'),
    ...corpusFigures(blindDev, 'blind.dev'),
    ...corpusFigures(smsTest, 'sms.test'),
    ...corpusFigures(smsDev, 'sms.dev'),
    ...corpusFigures(holdOnly.test, 'hold.test'),
    ...corpusFigures(holdOnly.blindTest, 'hold.blind.test'),
    ...corpusFigures(holdOnly.smsTest, 'hold.sms.test'),
  ];
  const dir = sharedDir();
  const gePath = resolve(dir, 'goemotions_buckets.jsonl');
  const polPath = resolve(dir, 'politeness_quartiles.jsonl');
  let publicReport: PublicResult | undefined;
  let publicTuning: PublicResult | undefined;
  if (existsSync(gePath) && existsSync(polPath)) {
    const ge = loadPublic(gePath);
    const pol = loadPublic(polPath);
    publicReport = evaluatePublic(analyze, ge, pol, 'report');
    publicTuning = evaluatePublic(analyze, ge, pol, 'tuning');
    figures.push(...publicReport.figures, ...publicTuning.figures);
  } else {
    console.error(`[eval] public sets not found in ${dir} (set REKINDLE_SHARED to the folder holding eval/)`);
  }
  const errors =
    test.errors +
    dev.errors +
    blindTest.errors +
    blindDev.errors +
    smsTest.errors +
    smsDev.errors +
    (publicReport?.errors ?? 0) +
    (publicTuning?.errors ?? 0);
  figures.push({
    key: 'analyzer.errors',
    label: 'analyze() threw',
    value: errors,
    better: 'lower',
    target: 0,
  });
  return {
    corpus: { test, dev, blindTest, blindDev, smsTest, smsDev },
    holdOnly,
    publicReport,
    publicTuning,
    figures,
  };
}

export function evalMain(analyze: AnalyzeFn, argv: readonly string[]): number {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    console.error(`[eval] ${(err as Error).message}`);
    return 2;
  }
  const report = evaluateAll(analyze);
  const pick = (prefix: string) => report.figures.filter((f) => f.key.startsWith(prefix));

  if (opts.json !== true) {
    const { test, dev, blindTest, blindDev, smsTest, smsDev } = report.corpus;
    console.log('All findings (holds and cautions) count; 95% Wilson intervals in brackets.');
    printTable(`Corpus TEST split (${test.total} messages)`, pick('test.'));
    if (blindTest.total > 0)
      printTable(
        `Blind held-out batches (${blindTest.total} messages by other writers, never tuned on)`,
        pick('blind.test.'),
      );
    printTable(
      `Real text TEST slice (${smsTest.total} real SMS, two labelling passes agreed, never tuned on)`,
      pick('sms.test.'),
    );
    printTable(`HOLD ONLY: corpus TEST split (${test.total})`, pick('hold.test.'));
    printTable(`HOLD ONLY: blind held-out batches (${blindTest.total})`, pick('hold.blind.test.'));
    printTable(`HOLD ONLY: real text TEST slice (${smsTest.total})`, pick('hold.sms.test.'));
    if (report.publicReport)
      printTable(
        'Public sets, reported rows (goemotions/test, stanford_politeness/wikipedia)',
        pick('public.'),
      );
    printTable('Analyzer errors', pick('analyzer.'));
    const errorIds = [
      ...report.corpus.test.errorIds,
      ...report.corpus.dev.errorIds,
      ...report.corpus.blindTest.errorIds,
      ...report.corpus.blindDev.errorIds,
      ...report.corpus.smsTest.errorIds,
      ...report.corpus.smsDev.errorIds,
      ...(report.publicReport?.errorIds ?? []),
      ...(report.publicTuning?.errorIds ?? []),
    ];
    for (const e of errorIds) console.log(`  ${e}`);
    printTable(`TUNING ROWS: corpus DEV split (${dev.total} messages)`, pick('dev.'));
    printTable(`TUNING ROWS: blind batches tuned on (${blindDev.total} messages)`, pick('blind.dev.'));
    printTable(`TUNING ROWS: real text DEV slice (${smsDev.total} messages)`, pick('sms.dev.'));
    if (report.publicTuning)
      printTable('TUNING ROWS: goemotions/dev, stanford_politeness/stackexchange', pick('tuning.'));
    // Dev is tuned on; the gap to test says how much of the dev score is memorised phrasing.
    console.log('\nGeneralisation gap (F1 dev -> test)');
    for (const c of CATEGORIES) {
      const d = dev.byCategory[c].f1;
      const t = test.byCategory[c].f1;
      console.log(
        `  ${c.padEnd(10)} ${d.toFixed(3)} -> ${t.toFixed(3)}  (${(t - d >= 0 ? '+' : '') + (t - d).toFixed(3)})`,
      );
    }
    const targeted = report.figures.filter(
      (f) =>
        (f.key.startsWith('test.') ||
          f.key.startsWith('blind.test.') ||
          f.key.startsWith('sms.test.') ||
          f.key.startsWith('public.')) &&
        f.target !== undefined,
    );
    const missed = targeted.filter((f) => meetsTarget(f) === false);
    console.log(
      `\nTargets on reported rows: ${targeted.length - missed.length}/${targeted.length} PASS${missed.length ? `; MISS: ${missed.map((f) => f.key).join(', ')}` : ''}`,
    );
  }

  if (opts.misses === 'dev') {
    const devMisses = [
      ...report.corpus.dev.misses,
      ...report.corpus.blindDev.misses,
      ...report.corpus.smsDev.misses,
    ];
    console.log(`\nDEV misses (${devMisses.length}, corpus dev split and blind batches tuned on):`);
    for (const m of devMisses) {
      console.log(
        `  ${m.id} s${m.stage} gold [${m.gold.join(',')}] got [${m.predicted.join(',')}]  ${JSON.stringify(m.text)}`,
      );
      for (const f of m.findings) console.log(`      ${f}`);
    }
  } else if (opts.misses === 'tuning' && report.publicTuning) {
    console.log(`\nTUNING-row false alarms (${report.publicTuning.misses.length}):`);
    for (const m of report.publicTuning.misses)
      console.log(`  [${m.figure}] ${m.id} ${JSON.stringify(m.text)}\n      ${m.findings.join(' | ')}`);
  }

  if (opts.json !== undefined) {
    const out = JSON.stringify({ figures: report.figures }, null, 2);
    if (opts.json === true) console.log(out);
    else writeFileSync(opts.json, `${out}\n`);
  }
  if (opts.writeFloor) {
    const floor = floorFrom(report.figures, opts.margin);
    writeFileSync(opts.writeFloor, `${JSON.stringify({ margin: opts.margin, figures: floor }, null, 2)}\n`);
    console.log(`\nwrote floor (current figures with margin ${opts.margin}) to ${opts.writeFloor}`);
  }
  if (opts.check) {
    const floor = { ...(JSON.parse(readFileSync(opts.check, 'utf8')) as { figures: Floor }).figures };
    if (!report.publicReport) {
      // A clean clone without ../shared still gates the corpus; the public figures are skipped loudly.
      const skipped = Object.keys(floor).filter((k) => k.startsWith('public.') || k.startsWith('tuning.'));
      for (const k of skipped) delete floor[k];
      console.error(
        `[eval] WARNING: public sets missing, ${skipped.length} public floor figures not checked`,
      );
    }
    const violations = checkFloor(report.figures, floor);
    if (violations.length > 0) {
      console.error(`\nFLOOR CHECK FAILED (${opts.check}):`);
      for (const v of violations) console.error(`  ${v.key}: ${v.value ?? '-'} (needs ${v.bound})`);
      return 1;
    }
    console.log(`\nfloor check passed (${Object.keys(floor).length} figures, ${opts.check})`);
  }
  return 0;
}
