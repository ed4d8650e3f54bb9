import type { Analysis, AnalyzeOptions } from '../analysis/types';
import { sendMessage } from '../messaging/protocol';
import { ANALYZER_GLOBAL } from './analyzer-global';

type AnalyzeFn = (text: string, options: AnalyzeOptions) => Analysis;

/** A send waits at most this long for the analyzer to load before it goes out unjudged. */
export const LOAD_TIMEOUT_MS = 2500;
/** Within one load: the first ask, then again after these pauses (the background may be starting). */
export const RETRY_DELAYS_MS = [0, 300, 700, 1500, 3000];
/** One ask that has had no answer this long counts as failed; the next ask may still succeed. */
export const ASK_TIMEOUT_MS = 15_000;
/** After a failed load, it is tried again on its own this much later (then only on focus, input or send). */
export const RELOAD_AFTER_MS = [5000, 15_000];
/** On the send path, longer than this counts as "ran long": the message is not held on its account. */
export const SLOW_ANALYSIS_MS = 250;

export type AnalyzeResult =
  | { ok: true; analysis: Analysis; ms: number }
  | { ok: false; why: 'not-loaded' | 'failed' };

/**
 * The analyzer (compromise) is too heavy to evaluate on every page load, so the background injects
 * it into this isolated world on the first focus of a message box; after that, calls are synchronous.
 *
 * Loading can fail for a while (right after an install or a browser start the background may not
 * be listening yet, and a loaded machine makes that window long). A failed load is tried again on
 * the next call of `load` (focus, input, send) and, a few times, on its own; whoever is waiting
 * for a verdict hears about it through `onReady`, whatever started the load that worked.
 */
export class AnalyzerClient {
  private fn: AnalyzeFn | null = null;
  private loading: Promise<boolean> | null = null;
  private failedLoads = 0;
  private reloadTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly readyListeners = new Set<() => void>();

  constructor(
    /** Asks the background to inject the analyzer into this frame. */
    private readonly ask: () => Promise<unknown> = () => sendMessage('loadAnalyzer', undefined),
    private readonly scope: Record<string, unknown> = globalThis as Record<string, unknown>,
  ) {}

  get ready(): boolean {
    return this.fn !== null || this.adopt();
  }

  private adopt(): boolean {
    const found = this.scope[ANALYZER_GLOBAL];
    if (typeof found === 'function') this.fn = found as AnalyzeFn;
    return this.fn !== null;
  }

  /** Called once, when the analyzer becomes usable. */
  onReady(listener: () => void): () => void {
    this.readyListeners.add(listener);
    return () => this.readyListeners.delete(listener);
  }

  /** Starts loading unless a load is under way; resolves true when `analyze` can run. */
  load(): Promise<boolean> {
    if (this.ready) return Promise.resolve(true);
    this.loading ??= this.inject().then((ok) => {
      this.loading = null;
      if (ok) this.loaded();
      else this.reloadLater();
      return ok;
    });
    return this.loading;
  }

  private loaded(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = null;
    for (const listener of this.readyListeners) {
      try {
        listener();
      } catch (error) {
        console.error('[rekindle] analyzer ready listener failed', error);
      }
    }
    this.readyListeners.clear();
  }

  private reloadLater(): void {
    const wait = RELOAD_AFTER_MS[this.failedLoads++];
    if (wait === undefined || this.reloadTimer) return;
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = null;
      void this.load();
    }, wait);
  }

  private async inject(): Promise<boolean> {
    let lastError: unknown;
    for (const wait of RETRY_DELAYS_MS) {
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        await withTimeout(this.ask(), ASK_TIMEOUT_MS);
        if (this.adopt()) return true;
        lastError = new Error('the analyzer was injected but is not in this world');
      } catch (error) {
        lastError = error;
      }
      if (this.adopt()) return true; // an earlier, slow ask may have landed meanwhile
    }
    console.error(
      '[rekindle] could not load the analyzer (will try again); messages are not judged on their words until then',
      lastError,
    );
    return false;
  }

  /** Loads if needed, giving up after `timeoutMs`. */
  async whenReady(timeoutMs = LOAD_TIMEOUT_MS): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([this.load(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Synchronous; never throws: a failing or slow analyzer must not stop a message. */
  analyze(text: string, options: AnalyzeOptions): AnalyzeResult {
    if (!this.ready || !this.fn) return { ok: false, why: 'not-loaded' };
    const started = performance.now();
    try {
      const analysis = this.fn(text, options);
      return { ok: true, analysis, ms: performance.now() - started };
    } catch (error) {
      console.error('[rekindle] analysis failed; the message is not held on its account', error);
      return { ok: false, why: 'failed' };
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
