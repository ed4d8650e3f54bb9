// Prints what the guard costs a chat page, with and without the extension (figures, not a test):
//   start-up: the content script's main-thread time before the first focus of a message box
//   keystroke: added scripting time per typed character (analysis is debounced off that path)
//   incoming: extra scripting time while 1,000 incoming messages arrive
// Usage: npm run bench:guard  (EXTENSION_DIR defaults to .output/chrome-mv3; SITE=whatsapp; RUNS=5)
import path from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import { composer, openSite, type SiteId } from '../tests/e2e/sites';

const extensionDir = path.resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
const site = (process.env.SITE ?? 'whatsapp') as SiteId;
const runs = Number(process.env.RUNS ?? 5);
const KEYSTROKES = 200;
const INCOMING = 1000;
const TARGET = { startupMs: 30, perKeyMs: 0.5, incomingPct: 5 };

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ];
  if (withExtension)
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args,
  });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return context;
}

async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

interface TraceEvent {
  ph: string;
  name: string;
  dur?: number;
  ts: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string; functionName?: string } };
}

/** Main-thread time spent in the guard's content script from navigation until the page is idle. */
async function startupMs(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
    transferMode: 'ReportEvents',
  });
  await openSite(context, page, site);
  await page.waitForTimeout(1500); // idle work (observer batches) counts too, until the first focus
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const ours = (e: TraceEvent) => {
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    return url.startsWith('chrome-extension://') && url.includes('content-scripts/guard');
  };
  // Top-level complete events attributed to our script (nested ones would be counted twice).
  const spans = events.filter((e) => e.ph === 'X' && e.dur && ours(e)).sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = 0;
  for (const span of spans) {
    const stop = span.ts + (span.dur ?? 0);
    if (span.ts >= end) total += span.dur ?? 0;
    else if (stop > end) total += stop - end;
    end = Math.max(end, stop);
  }
  return total / 1000;
}

async function measure(context: BrowserContext, page: Page, work: () => Promise<void>): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await scriptMs(cdp);
  await work();
  const after = await scriptMs(cdp);
  await cdp.detach();
  return after - before;
}

async function keystrokesMs(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  await openSite(context, page, site);
  await composer(page, site).click();
  await page.waitForTimeout(1500); // the analyzer loads on first focus; that is not a keystroke
  const text = 'hope your week is going well and the trip was fun '.repeat(5).slice(0, KEYSTROKES);
  const ms = await measure(context, page, async () => {
    await page.keyboard.type(text, { delay: 15 });
    await page.waitForTimeout(500); // the debounced verdict after the last key counts too
  });
  await page.close();
  return ms;
}

async function incomingMs(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  await openSite(context, page, site);
  await composer(page, site).click();
  await page.waitForTimeout(1500);
  const ms = await measure(context, page, async () => {
    await page.evaluate(async (count) => {
      for (let i = 0; i < count; i++) {
        window.__fixture.receive(`message number ${i}, how are things going over there?`);
        if (i % 20 === 19) await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    }, INCOMING);
    await page.waitForTimeout(500); // the observer's last batch
  });
  await page.close();
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function collect(withExtension: boolean) {
  const context = await launch(withExtension);
  const result = { startup: [] as number[], keys: [] as number[], incoming: [] as number[] };
  try {
    for (let i = 0; i < runs; i++) {
      if (withExtension) result.startup.push(await startupMs(context));
      result.keys.push(await keystrokesMs(context));
      result.incoming.push(await incomingMs(context));
    }
  } finally {
    await context.close();
  }
  return result;
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

async function main(): Promise<void> {
  console.log(`bench:guard on the ${site} fixture, ${runs} runs each, extension ${extensionDir}`);
  const without = await collect(false);
  const withExt = await collect(true);
  const startup = median(withExt.startup);
  const perKey = (median(withExt.keys) - median(without.keys)) / KEYSTROKES;
  const extra = ((median(withExt.incoming) - median(without.incoming)) / median(without.incoming)) * 100;
  const rows: [string, string, string, string][] = [
    [
      'start-up, guard content script main-thread',
      `${startup.toFixed(1)} ms`,
      `≤ ${TARGET.startupMs} ms`,
      verdict(startup <= TARGET.startupMs),
    ],
    [
      `scripting per keystroke (${KEYSTROKES} keys): ${(median(without.keys) / KEYSTROKES).toFixed(3)} → ${(median(withExt.keys) / KEYSTROKES).toFixed(3)} ms`,
      `+${perKey.toFixed(3)} ms`,
      `≤ ${TARGET.perKeyMs} ms`,
      verdict(perKey <= TARGET.perKeyMs),
    ],
    [
      `scripting for ${INCOMING} incoming: ${median(without.incoming).toFixed(0)} → ${median(withExt.incoming).toFixed(0)} ms`,
      `+${extra.toFixed(1)} %`,
      `≤ ${TARGET.incomingPct} %`,
      verdict(extra <= TARGET.incomingPct),
    ],
  ];
  for (const [what, figure, target, result] of rows) {
    console.log(`${result}  ${what.padEnd(70)} ${figure.padStart(10)}  (target ${target})`);
  }
  console.log(
    `runs: startup ${withExt.startup.map((v) => v.toFixed(1)).join('/')} ms; keys ${without.keys.map((v) => v.toFixed(0)).join('/')} vs ${withExt.keys.map((v) => v.toFixed(0)).join('/')} ms; incoming ${without.incoming.map((v) => v.toFixed(0)).join('/')} vs ${withExt.incoming.map((v) => v.toFixed(0)).join('/')} ms`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
