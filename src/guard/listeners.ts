import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { realTarget } from '../sites/dom';
import type { PageAdapters } from '../sites/registry';
import type { GuardController } from './guard';
import { composerHit, type Hit, sendButtonHit, suggestionListOpen } from './resolve';

/** After a held gesture, its remaining events (keyup, mouseup, click, submit) are swallowed this long. */
const GESTURE_MS = 1000;
/** Some IMEs deliver the confirming Enter just after compositionend. */
const IME_GRACE_MS = 40;

/**
 * Capture-phase listeners on window, registered at document_start so they run before any of the
 * site's handlers. Only trusted events are judged: our own replays are synthetic and pass through.
 */
export function listen(
  ctx: ContentScriptContext,
  guard: GuardController,
  adapters: PageAdapters,
  isOurUi: (event: Event) => boolean,
): void {
  let composingUntil = 0;
  let swallow: { until: number } | null = null;
  let passed: { until: number; button: HTMLElement | null } | null = null;
  let lastInput: { target: EventTarget | null; hit: Hit | null } = { target: null, hit: null };

  const stop = (event: Event): void => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const swallowing = (): boolean => swallow !== null && swallow.until > Date.now();

  /** Runs the decision for one gesture; any failure lets the event through (fail open). */
  const judgeGesture = (event: Event, hit: Hit, button: HTMLElement | null): void => {
    let decision: ReturnType<GuardController['decide']> = 'pass';
    try {
      decision = guard.decide(hit);
    } catch (error) {
      console.error('[rekindle] deciding a send failed; letting it through', error);
    }
    if (decision === 'pass') {
      passed = { until: Date.now() + GESTURE_MS, button };
      return;
    }
    stop(event);
    swallow = { until: Date.now() + GESTURE_MS };
  };

  const safe =
    <E extends Event>(name: string, handler: (event: E) => void) =>
    (event: E): void => {
      try {
        if (event.isTrusted) handler(event);
      } catch (error) {
        console.error(`[rekindle] ${name} handler failed`, error);
      }
    };

  // Cheap checks first: these run on every keystroke and click of the page.
  const onKeyDown = safe<KeyboardEvent>('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    swallow = null;
    passed = null;
    if (isOurUi(event)) return;
    if (event.isComposing || event.keyCode === 229) return; // IME confirm (Firefox reports key 'Process')
    if (Date.now() < composingUntil) return;
    const target = realTarget(event);
    const button = sendButtonHit(adapters, target);
    if (button) return judgeGesture(event, button, button.button);
    if (event.key !== 'Enter') return;
    const hit = composerHit(adapters, target);
    if (hit?.adapter.keyIntent(event, hit.composer) !== 'send') return;
    if (suggestionListOpen(hit.composer)) return;
    judgeGesture(event, hit, null);
  });

  const onKeyFollow = safe<KeyboardEvent>('keyup', (event) => {
    if ((event.key === 'Enter' || event.key === ' ') && swallowing() && !isOurUi(event)) stop(event);
  });

  const onPointerDown = safe<MouseEvent>('pointerdown', (event) => {
    if (event.button !== 0) return;
    swallow = null;
    passed = null;
    if (isOurUi(event)) return;
    const button = sendButtonHit(adapters, realTarget(event));
    if (button) judgeGesture(event, button, button.button);
  });

  const onPointerFollow = safe<Event>('pointer', (event) => {
    if (swallowing() && !isOurUi(event)) stop(event);
  });

  const onClick = safe<MouseEvent>('click', (event) => {
    if (isOurUi(event)) return;
    if (swallowing()) return stop(event);
    const button = sendButtonHit(adapters, realTarget(event));
    if (!button) return;
    if (passed && passed.until > Date.now() && passed.button === button.button) return;
    judgeGesture(event, button, button.button); // a click with no pointerdown: keyboard or assistive tech
  });

  const onSubmit = safe<SubmitEvent>('submit', (event) => {
    if (swallowing()) return stop(event);
    if (isOurUi(event)) return;
    if (passed && passed.until > Date.now()) return;
    const form = realTarget(event);
    const box = form?.querySelector(
      'textarea,[contenteditable="true"],[contenteditable=""],[role="textbox"]',
    );
    const hit = box ? composerHit(adapters, box) : null;
    if (hit) judgeGesture(event, hit, null);
  });

  const onInput = (event: Event): void => {
    try {
      if (isOurUi(event)) return;
      const target = event.composedPath()[0] ?? null;
      if (target !== lastInput.target) lastInput = { target, hit: composerHit(adapters, realTarget(event)) };
      if (lastInput.hit) guard.typedIn(lastInput.hit);
    } catch (error) {
      console.error('[rekindle] input handler failed', error);
    }
  };

  const onFocusIn = safe<FocusEvent>('focusin', (event) => {
    if (isOurUi(event)) return;
    const hit = composerHit(adapters, realTarget(event));
    if (hit) guard.bind(hit);
  });

  const capture = { capture: true } as const;
  ctx.addEventListener(window, 'keydown', onKeyDown, capture);
  for (const type of ['keypress', 'keyup'] as const) ctx.addEventListener(window, type, onKeyFollow, capture);
  ctx.addEventListener(window, 'pointerdown', onPointerDown, capture);
  for (const type of ['mousedown', 'pointerup', 'mouseup', 'touchend'] as const) {
    ctx.addEventListener(window, type, onPointerFollow, capture);
  }
  ctx.addEventListener(window, 'click', onClick, capture);
  ctx.addEventListener(window, 'submit', onSubmit, capture);
  ctx.addEventListener(window, 'input', onInput, capture);
  ctx.addEventListener(window, 'focusin', onFocusIn, capture);
  ctx.addEventListener(window, 'compositionend', () => (composingUntil = Date.now() + IME_GRACE_MS), capture);
}
