// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Analysis, Finding } from '../analysis/types';
import { createGenericAdapter } from '../sites/generic';
import { AnalyzerClient } from './analyzer-client';
import { ANALYZER_GLOBAL } from './analyzer-global';
import { GuardController } from './guard';
import { GuardStateStore } from './state-store';
import { LayerStore } from './ui/model';

const longing: Finding = {
  category: 'pushy',
  rule: 'longing',
  severity: 'hold',
  start: 0,
  end: 10,
  phrase: 'I miss you',
  reason: 'too soon',
  suggestions: ['Hope you are well.'],
};
const analyzeStub = (text: string): Analysis => ({
  findings: text.includes('miss you') ? [longing] : [],
  signals: [],
});

beforeEach(() => {
  // A background that knows no chat yet: the guard keeps its default state.
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ res: null }));
});
afterEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

describe('GuardController without a focus event', () => {
  it('typing in a box that never reported focus binds it and shows the live verdict once the analyzer loads', async () => {
    document.body.innerHTML = '<form><textarea aria-label="Message"></textarea><button>Send</button></form>';
    const box = document.querySelector('textarea')!;
    const scope: Record<string, unknown> = {};
    let answer: () => void = () => {};
    const ask = vi.fn(
      () =>
        new Promise<boolean>((resolve) => {
          answer = () => {
            scope[ANALYZER_GLOBAL] = analyzeStub;
            resolve(true);
          };
        }),
    );
    const layer = new LayerStore();
    const adapter = createGenericAdapter('chat.example');
    const guard = new GuardController(
      document,
      { site: null, generic: adapter },
      new AnalyzerClient(ask, scope),
      new GuardStateStore(),
      layer,
      () => Promise.resolve(true),
    );

    box.value = 'I miss you';
    guard.typedIn({ composer: box, adapter });
    expect(guard.boundComposer).toBe(box);
    expect(ask).toHaveBeenCalledTimes(1); // binding started the load
    expect(layer.get().indicator?.level).toBe('clear');

    // The debounced verdict finds no analyzer yet; it arrives later, with no further input.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(layer.get().indicator?.level).toBe('clear');
    answer();
    await vi.waitFor(() => expect(layer.get().indicator?.level).toBe('hold'), { timeout: 2000 });
  });
});
