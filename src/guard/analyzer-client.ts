import type { Analysis, AnalyzeOptions } from '../analysis/types';
import { sendMessage } from '../messaging/protocol';
import { ANALYZER_GLOBAL } from './analyzer-global';

type AnalyzeFn = (text: string, options: AnalyzeOptions) => Analysis;

/** A send waits at most this long for the analyzer to load before it goes out unjudged. */
export const LOAD_TIMEOUT_MS = 2500;
const RETRY_DELAYS_MS = [0, 300, 700, 1500, 3000];
/** On the send path, longer than this counts as "ran long": the message is not held on its account. */
export const SLOW_ANALYSIS_MS = 250;

export type AnalyzeResult =
  | { ok: true; analysis: Analysis; ms: number }
  | { ok: false; why: 'not-loaded' | 'failed' };

/**
 * The analyzer (compromise) is too heavy to evaluate on every page load, so the background injects
 * it into this isolated world on the first focus of a message box; after that, calls are synchronous.
 */
export class AnalyzerClient {
  private fn: AnalyzeFn | null = null;
  private loading: Promise<boolean> | null = null;

  get ready(): boolean {
    return this.fn !== null || this.adopt();
  }

  private adopt(): boolean {
    const found = (globalThis as Record<string, unknown>)[ANALYZER_GLOBAL];
    if (typeof found === 'function') this.fn = found as AnalyzeFn;
    return this.fn !== null;
  }

  /**
   * Starts loading (once); resolves true when `analyze` can run. Retries a few times: right after
   * install or a browser start the background may not be listening yet.
   */
  load(): Promise<boolean> {
    if (this.ready) return Promise.resolve(true);
    this.loading ??= this.inject().then((ok) => {
      if (!ok) this.loading = null; // try again on the next focus
      return ok;
    });
    return this.loading;
  }

  private async inject(): Promise<boolean> {
    let lastError: unknown;
    for (const wait of RETRY_DELAYS_MS) {
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        await sendMessage('loadAnalyzer', undefined);
        if (this.adopt()) return true;
      } catch (error) {
        lastError = error;
      }
    }
    console.error(
      '[rekindle] could not load the analyzer; messages are not judged on their words',
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
