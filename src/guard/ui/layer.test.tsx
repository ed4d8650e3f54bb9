// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeLocales } from '../../i18n/merge-locales';
import { installMessages } from '../../ship/test-fakes';
import { Layer } from './layer';
import { type IndicatorModel, type LayerActions, LayerStore } from './model';

const actions: LayerActions = {
  edit() {},
  sendAnyway() {},
  apply() {},
  markEx() {},
  setGuarded() {},
  pause() {},
};
const indicator = (level: IndicatorModel['level']): IndicatorModel => ({
  box: { top: 100, left: 100, width: 300, height: 40 },
  level,
  theme: 'light',
  guarded: true,
  mark: null,
});

beforeEach(() => {
  installMessages(mergeLocales('locales').get('en')!);
});
afterEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

describe('Layer', () => {
  it('shows a verdict set between its first render and its subscription', async () => {
    const store = new LayerStore();
    store.set({ indicator: indicator('clear') });
    const container = document.createElement('div');
    document.body.append(container);
    render(<Layer store={store} actions={actions} />, container);
    expect(container.querySelector('.dot')?.className).toBe('dot clear');

    store.set({ indicator: indicator('hold') }); // before Preact has run the effects
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(container.querySelector('.dot')?.className).toBe('dot hold');

    store.set({ indicator: indicator('caution') }); // and it keeps following
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.querySelector('.dot')?.className).toBe('dot caution');
    render(null, container);
  });
});
