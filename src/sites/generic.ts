import { enterSends } from './define-site';
import {
  asElement,
  closestDeep,
  editableRoot,
  editorKindOf,
  isDisabled,
  isShown,
  queryAllDeep,
  shortHash,
} from './dom';
import type { SiteAdapter } from './types';

const BOXES =
  'textarea,[contenteditable="true"],[contenteditable=""],[contenteditable="plaintext-only"],[role="textbox"]';
const BUTTONS = 'button,[role="button"],input[type="submit"]';
const SEND_LABEL = /^(send|send message|send now|submit)\b/i;
/** How far up from a box we look for its send button (composer wrappers are shallow). */
const BUTTON_REACH = 5;

function looksLikeSend(el: HTMLElement): boolean {
  if (el instanceof HTMLButtonElement && el.type === 'submit' && el.form) return true;
  const label =
    el.getAttribute('aria-label') ||
    el.getAttribute('title') ||
    el.getAttribute('data-testid') ||
    (el as HTMLInputElement).value ||
    el.textContent ||
    '';
  return SEND_LABEL.test(label.trim().replace(/[-_]/g, ' '));
}

/**
 * Guards any message box a site adapter misses: textareas, contenteditables and role=textbox
 * (never combobox/searchbox), in open shadow roots too. The conversation is the page's path.
 */
export function createGenericAdapter(host: string): SiteAdapter {
  const adapter: SiteAdapter = {
    id: `generic:${host}`,
    matches: [],
    incoming: null,
    allowsGeneric: true,
    servesUrl: () => true,
    coversUrl: () => true,
    ignores: () => false,
    composerFrom(target) {
      const root = editableRoot(asElement(target));
      return root && isShown(root) ? root : null;
    },
    findComposers(doc) {
      return queryAllDeep(doc, BOXES).filter((el) => editableRoot(el) === el && isShown(el));
    },
    sendButtonFrom(target) {
      const button = closestDeep(asElement(target), BUTTONS);
      if (!button || !looksLikeSend(button)) return null;
      let scope: Element | null = button;
      for (let i = 0; i < BUTTON_REACH && scope; i++) {
        scope = scope.parentElement;
        const box = scope?.querySelector<HTMLElement>(BOXES);
        const composer = box ? editableRoot(box) : null;
        if (composer) return { button, composer };
      }
      return null;
    },
    sendButtonFor(composer) {
      let scope: Element | null = composer;
      for (let i = 0; i < BUTTON_REACH && scope; i++) {
        scope = scope.parentElement;
        const button = [...(scope?.querySelectorAll<HTMLElement>(BUTTONS) ?? [])].find(looksLikeSend);
        if (button) return isDisabled(button) || !isShown(button) ? null : button;
      }
      return null;
    },
    keyIntent: (event) => enterSends(event),
    conversation(_composer, doc) {
      const where = `${doc.location.pathname}${doc.location.hash}`;
      return { conversationId: `${host}-${shortHash(where)}`, displayName: host };
    },
    editorKind: editorKindOf,
  };
  return adapter;
}
