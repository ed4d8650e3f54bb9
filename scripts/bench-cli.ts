import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Stage } from '../src/analysis/types';
import { DRAFTS } from './bench-drafts';
import { median, percentile } from './eval-metrics';
import type { AnalyzeFn } from './eval-sets';

type Size = keyof typeof DRAFTS;
const SIZES: Size[] = [20, 280, 5000];
const ITERATIONS: Record<Size, number> = { 20: 2000, 280: 2000, 5000: 300 };
const WARMUP: Record<Size, number> = { 20: 300, 280: 300, 5000: 40 };
const COLD_SPAWNS = 5;
/** Per size and contender: stop early past this budget (a slow naive baseline would otherwise run for minutes). */
const BUDGET_MS = 20_000;
const MIN_SAMPLES = 50;

export interface Contender {
  name: string;
  analyze: AnalyzeFn;
  /** Source file and export name, bundled with esbuild for the cold start (as the extension ships it). */
  entry: string;
  exportName: string;
}

interface Timing {
  p50: number;
  p99: number;
  /** Process CPU time per call: what the call cost, without the waits a busy machine adds to wall time. */
  cpuP50: number;
  cpuP99: number;
  iterations: number;
}

function time(analyze: AnalyzeFn, size: Size): Timing {
  const drafts = DRAFTS[size];
  const stageOf = (i: number) => ((i % 6) + 1) as Stage;
  const warmupEnd = performance.now() + BUDGET_MS / 10;
  for (let i = 0; i < WARMUP[size] && performance.now() < warmupEnd; i++) {
    analyze(drafts[i % drafts.length]!, { stage: stageOf(i) });
  }
  const samples: number[] = [];
  const cpu: number[] = [];
  const end = performance.now() + BUDGET_MS;
  for (let i = 0; i < ITERATIONS[size]; i++) {
    if (i >= MIN_SAMPLES && performance.now() > end) break;
    const text = drafts[i % drafts.length]!;
    const stage = stageOf(i);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    analyze(text, { stage });
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return {
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    cpuP50: percentile(cpu, 50),
    cpuP99: percentile(cpu, 99),
    iterations: samples.length,
  };
}

interface Cold {
  importAndFirst: number;
  processWall: number;
}

/** Median over fresh Node processes of: import of the bundled analyzer plus its first analysis. */
async function coldStart(c: Contender, dir: string): Promise<Cold> {
  const bundle = join(dir, `${c.name}.mjs`);
  await build({
    entryPoints: [c.entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'error',
  });
  const child = join(dir, `${c.name}-cold.mjs`);
  writeFileSync(
    child,
    `const t0 = performance.now();
const m = await import(${JSON.stringify(pathToFileURL(bundle).href)});
m[${JSON.stringify(c.exportName)}]('hey, hope ur doing well! miss u', { stage: 1 });
process.stdout.write(String(performance.now() - t0));
`,
  );
  const inner: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < COLD_SPAWNS; i++) {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, [child], { encoding: 'utf8' });
    wall.push(performance.now() - t0);
    inner.push(Number(out));
  }
  return { importAndFirst: median(inner), processWall: median(wall) };
}

const ms = (n: number) => (n < 10 ? n.toFixed(3) : n.toFixed(1));
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

export async function benchMain(fast: Contender, naive: Contender): Promise<number> {
  const rows = SIZES.map((size) => ({
    size,
    fast: time(fast.analyze, size),
    naive: time(naive.analyze, size),
  }));
  const dir = mkdtempSync(join(tmpdir(), 'rekindle-bench-'));
  let coldFast: Cold;
  let coldNaive: Cold;
  try {
    coldFast = await coldStart(fast, dir);
    coldNaive = await coldStart(naive, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const load = loadavg()[0]!;
  const busy = load > cpus().length ? ': machine busy, timings inflated' : '';
  console.log(
    `\nanalysis time in ms (${fast.name} vs ${naive.name}; node ${process.version}, warm, stages 1-6 in turn)`,
  );
  console.log(`load average ${load.toFixed(1)} on ${cpus().length} CPUs${busy}\n`);
  const head = [
    'size',
    'drafts',
    'iters',
    'p50',
    'p99',
    'naive iters',
    'naive p50',
    'naive p99',
    'speed-up p50',
    'speed-up p99',
  ];
  const table = rows.map((r) => [
    `${r.size} ch`,
    String(DRAFTS[r.size].length),
    String(r.fast.iterations),
    ms(r.fast.p50),
    ms(r.fast.p99),
    String(r.naive.iterations),
    ms(r.naive.p50),
    ms(r.naive.p99),
    `${(r.naive.p50 / r.fast.p50).toFixed(1)}x`,
    `${(r.naive.p99 / r.fast.p99).toFixed(1)}x`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padStart(widths[i]!)).join('  ')}`;
  console.log(line(head));
  console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of table) console.log(line(row));

  console.log(
    '\nCPU time per call in ms (same runs; not inflated by other processes, includes GC threads)\n',
  );
  const cpuHead = ['size', 'cpu p50', 'cpu p99', 'naive cpu p50', 'naive cpu p99', 'speed-up p50'];
  const cpuTable = rows.map((r) => [
    `${r.size} ch`,
    ms(r.fast.cpuP50),
    ms(r.fast.cpuP99),
    ms(r.naive.cpuP50),
    ms(r.naive.cpuP99),
    `${(r.naive.cpuP50 / Math.max(r.fast.cpuP50, 0.001)).toFixed(1)}x`,
  ]);
  const cpuWidths = cpuHead.map((h, i) => Math.max(h.length, ...cpuTable.map((row) => row[i]!.length)));
  const cpuLine = (cells: string[]) => `  ${cells.map((c, i) => c.padStart(cpuWidths[i]!)).join('  ')}`;
  console.log(cpuLine(cpuHead));
  console.log(`  ${cpuWidths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of cpuTable) console.log(cpuLine(row));

  console.log(`\ncold start, median of ${COLD_SPAWNS} fresh node processes (esbuild bundle, as shipped)`);
  console.log(
    `  ${fast.name.padEnd(14)} import + first analysis ${ms(coldFast.importAndFirst)} ms   (whole process ${ms(coldFast.processWall)} ms)`,
  );
  console.log(
    `  ${naive.name.padEnd(14)} import + first analysis ${ms(coldNaive.importAndFirst)} ms   (whole process ${ms(coldNaive.processWall)} ms)`,
  );

  const at = (size: Size) => rows.find((r) => r.size === size)!;
  const cpuNote = (size: Size, limit: number) => {
    const t = at(size).fast.cpuP99;
    return `; cpu p99 ${ms(t)} ms ${verdict(t <= limit)}`;
  };
  const checks: [string, boolean][] = [
    [`p99 at 280 ch <= 2 ms (wall ${ms(at(280).fast.p99)} ms${cpuNote(280, 2)})`, at(280).fast.p99 <= 2],
    [
      `p99 at 5000 ch <= 20 ms (wall ${ms(at(5000).fast.p99)} ms${cpuNote(5000, 20)})`,
      at(5000).fast.p99 <= 20,
    ],
    ...rows.map((r): [string, boolean] => {
      const ratio = r.naive.p50 / r.fast.p50;
      return [`>= 3x faster than naive at ${r.size} ch, p50 (${ratio.toFixed(1)}x)`, ratio >= 3];
    }),
  ];
  console.log('\ntargets (issue 2)');
  for (const [label, ok] of checks) console.log(`  ${verdict(ok)}  ${label}`);
  return 0;
}
