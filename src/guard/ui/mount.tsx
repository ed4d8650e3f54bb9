import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Layer } from './layer';
import type { LayerActions, LayerStore } from './model';

export const UI_TAG = 'rekindle-guard';

/**
 * The card and indicator live in one shadow root appended to the page: we draw over the editor and
 * never touch its DOM. Created on the first focus of a message box, not at page load.
 */
export async function mountLayer(
  ctx: ContentScriptContext,
  store: LayerStore,
  actions: LayerActions,
): Promise<HTMLElement> {
  const ui = await createShadowRootUi(ctx, {
    name: UI_TAG,
    position: 'inline',
    anchor: () => document.body ?? document.documentElement,
    append: 'last',
    // Keys typed in the card must not reach the site's own shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      render(<Layer store={store} actions={actions} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui.shadowHost as HTMLElement;
}
