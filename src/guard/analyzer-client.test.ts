import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../analysis/types';
import {
  AnalyzerClient,
  ASK_TIMEOUT_MS,
  LOAD_TIMEOUT_MS,
  RELOAD_AFTER_MS,
  RETRY_DELAYS_MS,
} from './analyzer-client';
import { ANALYZER_GLOBAL } from './analyzer-global';

const fakeAnalysis = { findings: [] } as unknown as Analysis;
/** Time one whole failed load takes: every ask, and the pauses between them. */
const ONE_LOAD_MS = RETRY_DELAYS_MS.reduce((sum, ms) => sum + ms, 0);

/** A background that cannot be reached for the first `failures` asks, then injects the analyzer. */
function background(failures: number, scope: Record<string, unknown>) {
  let asks = 0;
  const ask = vi.fn(async () => {
    asks++;
    if (asks <= failures) throw new Error('Could not establish connection. Receiving end does not exist.');
    scope[ANALYZER_GLOBAL] = () => fakeAnalysis;
    return true;
  });
  return ask;
}

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  vi.useFakeTimers();
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  errors.mockRestore();
});

describe('AnalyzerClient', () => {
  it('loads on the first ask and tells whoever waits, once', async () => {
    const scope: Record<string, unknown> = {};
    const client = new AnalyzerClient(background(0, scope), scope);
    const ready = vi.fn();
    client.onReady(ready);
    await expect(client.load()).resolves.toBe(true);
    expect(client.analyze('hi', { stage: 1 })).toMatchObject({ ok: true, analysis: fakeAnalysis });
    await client.load();
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('rides out a background that is not listening yet within one load', async () => {
    const scope: Record<string, unknown> = {};
    const ask = background(3, scope);
    const client = new AnalyzerClient(ask, scope);
    const loading = client.load();
    await vi.advanceTimersByTimeAsync(ONE_LOAD_MS);
    await expect(loading).resolves.toBe(true);
    expect(ask).toHaveBeenCalledTimes(4);
  });

  it('after a failed load, tries again on its own and then tells whoever waits for a verdict', async () => {
    const scope: Record<string, unknown> = {};
    const ask = background(RETRY_DELAYS_MS.length, scope); // the whole first load fails
    const client = new AnalyzerClient(ask, scope);
    const ready = vi.fn();
    client.onReady(ready);
    const first = client.load();
    await vi.advanceTimersByTimeAsync(ONE_LOAD_MS);
    await expect(first).resolves.toBe(false);
    expect(client.ready).toBe(false);
    expect(errors).toHaveBeenCalledWith(
      expect.stringContaining('could not load the analyzer'),
      expect.anything(),
    );
    expect(ready).not.toHaveBeenCalled();

    // Nobody focuses or types again: the client retries by itself.
    await vi.advanceTimersByTimeAsync(RELOAD_AFTER_MS[0]!);
    expect(client.ready).toBe(true);
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('a failed load is tried again at once by the next input, focus or send', async () => {
    const scope: Record<string, unknown> = {};
    const ask = background(RETRY_DELAYS_MS.length, scope);
    const client = new AnalyzerClient(ask, scope);
    const first = client.load();
    await vi.advanceTimersByTimeAsync(ONE_LOAD_MS);
    await expect(first).resolves.toBe(false);
    await expect(client.load()).resolves.toBe(true); // no waiting for the scheduled retry
    expect(ask).toHaveBeenCalledTimes(RETRY_DELAYS_MS.length + 1);
    await vi.advanceTimersByTimeAsync(RELOAD_AFTER_MS[0]!);
    expect(ask).toHaveBeenCalledTimes(RETRY_DELAYS_MS.length + 1); // the scheduled retry had nothing to do
  });

  it('an ask that is never answered does not block loading for good', async () => {
    const scope: Record<string, unknown> = {};
    let asks = 0;
    const ask = vi.fn(() => {
      asks++;
      if (asks === 1) return new Promise<never>(() => {}); // lost on the way
      scope[ANALYZER_GLOBAL] = () => fakeAnalysis;
      return Promise.resolve(true);
    });
    const client = new AnalyzerClient(ask, scope);
    const loading = client.load();
    await vi.advanceTimersByTimeAsync(ASK_TIMEOUT_MS + RETRY_DELAYS_MS[1]!);
    await expect(loading).resolves.toBe(true);
  });

  it('stops retrying on its own after a few failed loads, but still retries when asked', async () => {
    const scope: Record<string, unknown> = {};
    const ask = vi.fn(async () => {
      throw new Error('no background');
    });
    const client = new AnalyzerClient(ask, scope);
    void client.load();
    const everything =
      (RELOAD_AFTER_MS.length + 1) * ONE_LOAD_MS + RELOAD_AFTER_MS.reduce((a, b) => a + b, 0);
    await vi.advanceTimersByTimeAsync(everything + 60_000);
    const asked = ask.mock.calls.length;
    expect(asked).toBe((RELOAD_AFTER_MS.length + 1) * RETRY_DELAYS_MS.length);
    void client.load();
    await vi.advanceTimersByTimeAsync(ONE_LOAD_MS);
    expect(ask.mock.calls.length).toBe(asked + RETRY_DELAYS_MS.length);
  });

  it('a send waiting for the analyzer gives up in time, so the message can go out', async () => {
    const scope: Record<string, unknown> = {};
    const client = new AnalyzerClient(
      vi.fn(() => new Promise<never>(() => {})),
      scope,
    );
    const waiting = client.whenReady();
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS);
    await expect(waiting).resolves.toBe(false);
    expect(client.analyze('hi', { stage: 1 })).toEqual({ ok: false, why: 'not-loaded' });
  });
});
