import { readComposerText } from '../sites/text';
import type { SiteAdapter } from '../sites/types';

/** Resolves true once the box no longer holds `text` (the site sent it and cleared the box). */
export function whenTextLeaves(composer: HTMLElement, text: string, timeoutMs: number): Promise<boolean> {
  const wanted = text.trim();
  const started = performance.now();
  return new Promise((resolve) => {
    const check = (): void => {
      const gone = !composer.isConnected || readComposerText(composer).trim() !== wanted;
      if (gone) resolve(true);
      else if (performance.now() - started > timeoutMs) resolve(false);
      else setTimeout(check, 40);
    };
    setTimeout(check, 0);
  });
}

/** An Enter the site's own key handler accepts (synthetic events are untrusted; sites rarely check). */
export function dispatchEnter(composer: HTMLElement): void {
  for (const type of ['keydown', 'keypress', 'keyup'] as const) {
    const event = new KeyboardEvent(type, {
      key: 'Enter',
      code: 'Enter',
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
  if (button) attempts.push(() => button.click());
  attempts.push(() => {
    composer.focus();
    dispatchEnter(composer);
  });
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
