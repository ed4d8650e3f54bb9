import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage } from '../messaging/protocol';
import { liveAdapters } from '../sites/registry';
import { AnalyzerClient } from './analyzer-client';
import { GuardController } from './guard';
import { listen } from './listeners';
import { watchPage } from './page-watch';
import { composerHit } from './resolve';
import { GuardStateStore, refKey } from './state-store';
import { LayerStore } from './ui/model';
import { mountLayer, UI_TAG } from './ui/mount';

const RUNNING = '__rekindleGuardRunning';

/**
 * Starts the guard in this frame. Cheap by design: listeners and one observer; the analyzer and
 * the card's shadow root are created on the first focus of a message box.
 */
export function startGuard(ctx: ContentScriptContext): void {
  const scope = globalThis as Record<string, unknown>;
  if (scope[RUNNING]) return; // injected twice (manifest + "Guard this site" registration)
  scope[RUNNING] = true;
  ctx.onInvalidated(() => {
    scope[RUNNING] = false;
  });

  const adapters = liveAdapters(location);
  const store = new GuardStateStore();
  const layer = new LayerStore();
  let uiHost: HTMLElement | null = null;
  let mounting: Promise<boolean> | null = null;
  const ensureUi = (): Promise<boolean> => {
    mounting ??= mountLayer(ctx, layer, guard.actions)
      .then((host) => {
        uiHost = host;
        return true;
      })
      .catch((error: unknown) => {
        console.error('[rekindle] could not create the card layer', error);
        mounting = null;
        return false;
      });
    return mounting;
  };
  const guard = new GuardController(document, adapters, new AnalyzerClient(), store, layer, ensureUi);
  const isOurUi = (event: Event): boolean =>
    uiHost !== null &&
    event.composedPath().some((node) => node === uiHost || (node as Element).localName === UI_TAG);

  listen(ctx, guard, adapters, isOurUi);

  const watcher = watchPage(
    document,
    () => adapters.site?.incoming ?? null,
    {
      onPageChanged: () => guard.pageChanged(),
      onIncoming: (texts) => guard.incoming(texts),
      composer: () => guard.boundComposer ?? adapters.site?.findComposers(document)[0] ?? null,
    },
    () => refKey(guard.refOf(null)),
  );
  ctx.onInvalidated(() => watcher.stop());

  const removeStateListener = onMessage('guardStateChanged', () => store.refresh());
  ctx.onInvalidated(removeStateListener);

  // The dot follows its composer when the page scrolls or resizes (and after every verdict). Chat
  // composers do not move when the message list scrolls, so element scrolls are not listened to:
  // a busy chat scrolls its list on every message.
  let frame = 0;
  const follow = (): void => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      guard.reposition();
    });
  };
  ctx.addEventListener(document, 'scroll', follow, { passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });

  // A box that already has focus (sites autofocus the composer) never fires focusin for us.
  const bindFocused = (): void => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const hit = composerHit(adapters, active);
    if (hit) guard.bind(hit);
  };
  if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', bindFocused);
  else bindFocused();
}
