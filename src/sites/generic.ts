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
import { BUTTONS, isLastButtonAfter, looksLikeSend, plainSendControl } from './send-button';
import type { SiteAdapter } from './types';

const BOXES =
  'textarea,[contenteditable="true"],[contenteditable=""],[contenteditable="plaintext-only"],[role="textbox"]';
/** How far up from a box we look for its send button (composer wrappers are shallow). */
const BUTTON_REACH = 6;
/** How far up from a button that says "send" we look for its box (table layouts nest deep). */
const NAMED_BUTTON_REACH = 10;
/** An unlabelled button is only taken for the send arrow right beside its box. */
const UNNAMED_BUTTON_REACH = 4;

/** The parent, continuing from a shadow root to its host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The message box in `scope`, if there is exactly the kind of box the fallback guards. */
function boxIn(scope: Element): HTMLElement | null {
  for (const box of scope.querySelectorAll<HTMLElement>(BOXES)) {
    const root = editableRoot(box);
    if (root && isShown(root)) return root;
  }
  return null;
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
    allowsGenericAt: () => true,
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
      const start = asElement(target);
      const button = closestDeep(start, BUTTONS) ?? plainSendControl(start);
      if (!button) return null;
      const named = looksLikeSend(button);
      let scope: Element | null = button;
      for (let i = 0; i < (named ? NAMED_BUTTON_REACH : UNNAMED_BUTTON_REACH) && scope; i++) {
        scope = parentOf(scope);
        const composer = scope ? boxIn(scope) : null;
        if (!composer || !scope) continue;
        return named || isLastButtonAfter(button, composer, scope) ? { button, composer } : null;
      }
      return null;
    },
    sendButtonFor(composer) {
      let scope: Element | null = composer;
      for (let i = 0; i < BUTTON_REACH && scope; i++) {
        scope = parentOf(scope);
        if (!scope) break;
        const buttons = [...scope.querySelectorAll<HTMLElement>(BUTTONS)];
        const button =
          buttons.find(looksLikeSend) ?? buttons.find((b) => isLastButtonAfter(b, composer, scope!));
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
