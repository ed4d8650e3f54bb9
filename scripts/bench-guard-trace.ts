// Trace attribution for bench-guard: how much of a page's main-thread time ran in our scripts.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

interface TraceEvent {
  ph: string;
  name: string;
  dur?: number;
  ts: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string; functionName?: string; type?: string } };
}

export interface Cost {
  /** The page's whole scripting time (CDP Performance ScriptDuration), ours included. */
  script: number;
  /** The part of the main thread spent in our scripts (trace attribution). */
  ours: number;
  /** Of `ours`, the part in timer callbacks (debounced verdicts, batched observer work). */
  deferred: number;
}

/** Ours: the guard content script and the analyzer it loads. */
function isOurs(e: TraceEvent): boolean {
  const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
  return url.startsWith('chrome-extension://') && /content-scripts\/guard|guard-analyzer/.test(url);
}

/** Total length of spans, merging overlaps (nested events are not counted twice). */
function merged(spans: TraceEvent[]): number {
  let total = 0;
  let end = 0;
  for (const span of [...spans].sort((a, b) => a.ts - b.ts)) {
    const stop = span.ts + (span.dur ?? 0);
    if (span.ts >= end) total += span.dur ?? 0;
    else if (stop > end) total += stop - end;
    end = Math.max(end, stop);
  }
  return total / 1000;
}

const inside = (inner: TraceEvent, outer: TraceEvent) =>
  inner.tid === outer.tid &&
  outer.ts <= inner.ts &&
  inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);

/**
 * Our time, split into event handling (direct) and timer callbacks we scheduled (deferred). Work of
 * the page that merely runs inside our span (a microtask checkpoint after our listener returns
 * runs the editor's queued updates) is subtracted: only code from our scripts counts. Layout that
 * our code forces stays ours.
 */
function ourTime(events: TraceEvent[]): { ours: number; deferred: number } {
  const complete = events.filter((e) => e.ph === 'X' && e.dur);
  const mine = [...complete.filter(isOurs), ...continuations(complete)];
  const foreign = complete.filter(
    (e) =>
      !isOurs(e) &&
      (e.name === 'FunctionCall' || e.name === 'RunMicrotasks' || e.name === 'V8.RunMicrotasks'),
  );
  const timers = complete.filter((e) => e.name === 'TimerFire');
  const own = (spans: TraceEvent[]) => {
    const tops = spans.filter((e) => !spans.some((o) => o !== e && inside(e, o)));
    let total = 0;
    for (const top of tops) {
      const guests = foreign.filter(
        (f) => f !== top && inside(f, top) && !mine.some((m) => m !== top && inside(f, m)),
      );
      total += (top.dur ?? 0) / 1000 - merged(guests);
    }
    return total;
  };
  return { ours: own(mine), deferred: own(mine.filter((e) => timers.some((t) => inside(e, t)))) };
}

/**
 * Microtask checkpoints that run right after one of our callbacks: the continuations of our async
 * code (a message to the background, an awaited load). The trace names no script for them.
 */
function continuations(complete: TraceEvent[]): TraceEvent[] {
  const calls = complete.filter((e) => e.name === 'FunctionCall');
  const topCalls = calls
    .filter((c) => !calls.some((o) => o !== c && inside(c, o)))
    .sort((a, b) => a.ts - b.ts);
  const ends = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  return complete.filter((r) => {
    if (r.name !== 'RunMicrotasks' || calls.some((c) => inside(r, c))) return false;
    const before = topCalls.filter((c) => c.tid === r.tid && ends(c) <= r.ts).at(-1);
    return before !== undefined && isOurs(before) && r.ts - ends(before) < 1000;
  });
}

/** BENCH_DEBUG: where our time went, by the event that ran our code. */
function printBreakdown(events: TraceEvent[]): void {
  const mine = events.filter((e) => e.ph === 'X' && e.dur && isOurs(e));
  const parents = events.filter(
    (e) =>
      e.ph === 'X' &&
      e.dur &&
      !isOurs(e) &&
      e.name !== 'RunTask' &&
      e.name !== 'ThreadControllerImpl::RunTask',
  );
  const by = new Map<string, [number, number]>();
  for (const e of mine) {
    const parent = parents.filter((p) => inside(e, p)).sort((x, y) => (x.dur ?? 0) - (y.dur ?? 0))[0];
    const data = e.args?.data;
    const key = `${parent?.name ?? 'top'} ${parent?.args?.data?.type ?? ''} → ${data?.functionName || '(anonymous)'}`;
    const [n, d] = by.get(key) ?? [0, 0];
    by.set(key, [n + 1, d + (e.dur ?? 0) / 1000]);
  }
  const top = [...by].sort((x, y) => y[1][1] - x[1][1]).slice(0, 8);
  for (const [key, [n, d]] of top) console.log(`    ${key}: ${n}x ${d.toFixed(2)} ms`);
}

async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** Runs `work` in `page` under a CDP trace and the Performance domain. */
export async function traced(context: BrowserContext, page: Page, work: () => Promise<void>): Promise<Cost> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Performance.enable');
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  const before = await scriptMs(cdp);
  await work();
  const after = await scriptMs(cdp);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  if (process.env.BENCH_DEBUG) printBreakdown(events);
  return { script: after - before, ...ourTime(events) };
}
