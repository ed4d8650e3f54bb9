/**
 * Command line for drafts.
 *   npm run check -- --stage 2 "text"      findings for a person to read
 *   npm run --silent check -- --jsonl       JSON lines in ({"id","text","stage"}), one JSON line out per line
 */
import { createInterface } from 'node:readline';
import { analyze } from '../analysis/index';
import { formatAnalysis } from './format';
import { checkLine } from './jsonl';

const USAGE = 'usage: check [--stage 1-6] "draft text"  |  check --jsonl < drafts.jsonl';

function parseStage(raw: string | undefined): 1 | 2 | 3 | 4 | 5 | 6 {
  const n = Number(raw);
  if (raw === undefined || !/^[1-6]$/.test(raw.trim()) || !Number.isInteger(n)) {
    throw new Error(`bad stage ${JSON.stringify(raw ?? '')}: expected a number from 1 to 6`);
  }
  return n as 1 | 2 | 3 | 4 | 5 | 6;
}

async function runJsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const out = `${JSON.stringify(checkLine(line))}\n`;
    if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
  }
}

function runOnce(args: string[]): number {
  let stage: 1 | 2 | 3 | 4 | 5 | 6 = 1;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--stage' || a === '-s') stage = parseStage(args[++i]);
    else if (a.startsWith('--stage=')) stage = parseStage(a.slice('--stage='.length));
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      return 0;
    } else words.push(a);
  }
  const text = words.join(' ');
  if (text.trim() === '') throw new Error(`no text given\n${USAGE}`);
  console.log(formatAnalysis(text, stage, analyze(text, { stage })));
  return 0;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--jsonl')) {
    await runJsonl();
    return;
  }
  try {
    process.exitCode = runOnce(args);
  } catch (err) {
    console.error(`check: ${(err as Error).message}`);
    process.exitCode = 2;
  }
}

void main();
