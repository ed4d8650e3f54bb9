/**
 * `npm run lint:ext`: lints what `npm run build` produced (it builds nothing itself).
 *  1. web-ext lint on the Firefox build: any error fails; any warning not accepted in
 *     tests/lint-baseline.json fails.
 *  2. Both manifests: every permission is explained in src/ship/permissions.ts and used by the code,
 *     install-time host access is only the chat sites' content scripts, icons and messages exist.
 * Directories: FIREFOX_DIR / CHROME_DIR (default .output/firefox-mv2, .output/chrome-mv3), or
 * REKINDLE_OUT=<dir> for both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkManifest, type LintFinding, matchesBaseline } from './manifest-checks';

const out = process.env.REKINDLE_OUT ?? '.output';
const firefoxDir = path.resolve(process.env.FIREFOX_DIR ?? process.argv[2] ?? `${out}/firefox-mv2`);
const chromeDir = path.resolve(process.env.CHROME_DIR ?? `${out}/chrome-mv3`);
const baseline = JSON.parse(readFileSync('tests/lint-baseline.json', 'utf8')).accepted;

let failed = false;
const fail = (message: string) => {
  failed = true;
  console.error(`✗ ${message}`);
};

for (const dir of [firefoxDir, chromeDir]) {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`lint:ext: no build at ${dir}; run \`npm run build\` first`);
    process.exit(2);
  }
}

// 1. web-ext lint (addons-linter), as AMO runs it.
const webExt = path.resolve('node_modules/.bin/web-ext');
const run = spawnSync(webExt, ['lint', '--source-dir', firefoxDir, '--output', 'json', '--no-input'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const jsonStart = run.stdout.indexOf('{');
if (jsonStart < 0) {
  console.error(run.stdout, run.stderr);
  fail('web-ext lint produced no JSON report');
  process.exit(1);
}
const report = JSON.parse(run.stdout.slice(jsonStart)) as {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintFinding[];
  warnings: LintFinding[];
  notices: LintFinding[];
};
console.log(
  `web-ext lint ${path.relative('.', firefoxDir)}: ${report.summary.errors} errors, ` +
    `${report.summary.warnings} warnings, ${report.summary.notices} notices`,
);
for (const error of report.errors) fail(`${error.code} in ${error.file ?? 'manifest'}: ${error.message}`);
const usedEntries = new Set<number>();
for (const warning of report.warnings) {
  const index = baseline.findIndex((entry: { code: string; file: string }) =>
    matchesBaseline(entry, warning),
  );
  if (index < 0)
    fail(`${warning.code} in ${warning.file}: ${warning.message} (not in tests/lint-baseline.json)`);
  else {
    usedEntries.add(index);
    console.log(`  accepted ${warning.code} in ${warning.file}: ${baseline[index].why}`);
  }
}
for (const notice of report.notices)
  console.log(`  notice ${notice.code} in ${notice.file}: ${notice.message}`);
baseline.forEach((entry: { code: string; file: string }, index: number) => {
  if (!usedEntries.has(index)) console.log(`  baseline entry ${entry.code} ${entry.file} no longer needed`);
});

// 2. Both manifests: least privilege and completeness.
for (const dir of [firefoxDir, chromeDir]) {
  const problems = checkManifest(dir);
  console.log(`manifest ${path.relative('.', dir)}: ${problems.length} problems`);
  for (const problem of problems) fail(problem);
}

if (failed) process.exit(1);
console.log('lint:ext passed');
