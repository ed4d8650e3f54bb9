import { readComposerText } from '../sites/text';
import type { SiteAdapter } from '../sites/types';

/**
 * Resolves true once the box no longer holds `text` (the site sent it and cleared the box). Text that
 * is still there with more around it (the Enter was a new line and the user kept typing) has not left.
 */
export function whenTextLeaves(composer: HTMLElement, text: string, timeoutMs: number): Promise<boolean> {
  const wanted = text.trim();
  const started = performance.now();
  return new Promise((resolve) => {
    const check = (): void => {
      const gone = !composer.isConnected || !readComposerText(composer).includes(wanted);
      if (gone) resolve(true);
      else if (performance.now() - started > timeoutMs) resolve(false);
      else setTimeout(check, 40);
    };
    setTimeout(check, 0);
  });
}

/** The site's send key (Enter, or Ctrl+Enter where Enter writes a new line), as the site's handler accepts it. */
export function dispatchSendKey(adapter: SiteAdapter, composer: HTMLElement): void {
  const plain = sendsOnPlainEnter(adapter, composer);
  for (const type of ['keydown', 'keypress', 'keyup'] as const) {
    const event = new KeyboardEvent(type, {
      key: 'Enter',
      code: 'Enter',
      ctrlKey: !plain,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    // keyCode/which are not settable through the init dictionary everywhere (Firefox).
    Object.defineProperty(event, 'keyCode', { get: () => 13 });
    Object.defineProperty(event, 'which', { get: () => 13 });
    composer.dispatchEvent(event);
  }
}

function sendsOnPlainEnter(adapter: SiteAdapter, composer: HTMLElement): boolean {
  return adapter.keyIntent(new KeyboardEvent('keydown', { key: 'Enter' }), composer) === 'send';
}

function dispatchParagraphInput(composer: HTMLElement): void {
  composer.focus();
  composer.dispatchEvent(
    new InputEvent('beforeinput', {
      inputType: 'insertParagraph',
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
}

/**
 * A whole press: some sites act on mousedown/mouseup (Gmail's Closure buttons), most on click.
 * After the first one sends, the box is empty and the rest do nothing.
 */
function pressButton(button: HTMLElement): void {
  const rect = button.getBoundingClientRect();
  const at = {
    clientX: rect.left + rect.width / 2,
    clientY: rect.top + rect.height / 2,
    bubbles: true,
    cancelable: true,
    composed: true,
    button: 0,
  };
  button.dispatchEvent(
    new PointerEvent('pointerdown', { ...at, buttons: 1, pointerType: 'mouse', isPrimary: true }),
  );
  button.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1 }));
  button.dispatchEvent(new PointerEvent('pointerup', { ...at, pointerType: 'mouse', isPrimary: true }));
  button.dispatchEvent(new MouseEvent('mouseup', at));
  button.click();
}

export type ReplayResult = 'sent' | 'not-sent';

/**
 * Sends the composer's current text through the site's own path: its send button if one is shown,
 * else a replayed Enter (or the form's submit). Each path is tried only after the previous one
 * visibly did nothing, so the message goes out at most once.
 */
export async function replaySend(
  adapter: SiteAdapter,
  composer: HTMLElement,
  text: string,
): Promise<ReplayResult> {
  const attempts: (() => void)[] = [];
  const button = adapter.sendButtonFor(composer);
  if (button) attempts.push(() => pressButton(button));
  attempts.push(() => {
    composer.focus();
    dispatchSendKey(adapter, composer);
  });
  // Editors that send from the browser's own paragraph insertion (Slate's insertBreak) never see a
  // synthetic key's default action: hand them the beforeinput Enter would have caused.
  if (!(composer instanceof HTMLTextAreaElement) && sendsOnPlainEnter(adapter, composer)) {
    attempts.push(() => dispatchParagraphInput(composer));
  }
  const form = composer.closest('form');
  if (form && !button) attempts.push(() => form.requestSubmit());
  for (const attempt of attempts) {
    attempt();
    if (await whenTextLeaves(composer, text, 450)) return 'sent';
  }
  return 'not-sent';
}

/**
 * "Send anyway" lets this exact text through once, whatever path it takes next (our own replay,
 * a trusted submit that the replayed click causes, or the user's next Enter if the site ignored
 * the replay).
 */
export class AllowOnce {
  private entry: { text: string; until: number } | null = null;

  grant(text: string, forMs: number): void {
    this.entry = { text, until: Date.now() + forMs };
  }

  consume(text: string): boolean {
    const entry = this.entry;
    if (!entry || entry.until < Date.now() || entry.text !== text) return false;
    this.entry = null;
    return true;
  }

  revoke(): void {
    this.entry = null;
  }
}
