import type { EditorKind } from './types';

/** The element an event really started on, looking through open shadow roots. */
export function realTarget(event: Event): Element | null {
  const first = event.composedPath()[0] ?? event.target;
  if (first instanceof Element) return first;
  if (first instanceof Node) return first.parentElement;
  return null;
}

export function asElement(target: EventTarget | null): Element | null {
  if (!target || typeof (target as Node).nodeType !== 'number') return null;
  const node = target as Node;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** `closest` that continues from a shadow root to its host. */
export function closestDeep(start: Element | null, selector: string): HTMLElement | null {
  let el: Element | null = start;
  while (el) {
    const found = el.closest(selector);
    if (found) return found as HTMLElement;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

const EDITOR_ROOTS = [
  ['lexical', '[data-lexical-editor="true"]'],
  ['slate', '[data-slate-editor="true"]'],
  ['quill', '.ql-editor'],
  ['draft', '.public-DraftEditor-content'],
  ['prosemirror', '.ProseMirror'],
] as const;

const NOT_A_MESSAGE_BOX = '[role="combobox"],[role="searchbox"],[aria-readonly="true"],[type="search"]';

/**
 * The editable root a node sits in: a textarea, a known editor's root, or the outermost
 * contenteditable. Search fields (role combobox/searchbox) are not message boxes.
 */
export function editableRoot(start: Element | null): HTMLElement | null {
  if (!start) return null;
  if (start instanceof HTMLTextAreaElement) {
    return start.disabled || start.readOnly || start.matches(NOT_A_MESSAGE_BOX) ? null : start;
  }
  if (!isEditable(start)) return null;
  for (const [, selector] of EDITOR_ROOTS) {
    const root = start.closest(selector);
    if (root) return root.matches(NOT_A_MESSAGE_BOX) ? null : (root as HTMLElement);
  }
  let root = start as HTMLElement;
  while (root.parentElement && isEditable(root.parentElement)) root = root.parentElement;
  return root.matches(NOT_A_MESSAGE_BOX) ? null : root;
}

/** Inside a contenteditable (any truthy value: "", "true", "plaintext-only"). */
function isEditable(el: Element): boolean {
  if ((el as HTMLElement).isContentEditable) return true;
  const host = el.closest('[contenteditable]');
  return host !== null && host.getAttribute('contenteditable') !== 'false';
}

export function editorKindOf(el: HTMLElement): EditorKind {
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  for (const [kind, selector] of EDITOR_ROOTS) if (el.matches(selector)) return kind;
  return 'contenteditable';
}

/** Present and not hidden from the user (no layout query: this runs on the send path). */
export function isShown(el: Element): boolean {
  return el.isConnected && !el.closest('[hidden],[aria-hidden="true"],[inert]');
}

/** First match of the selectors inside `scope` (selectors tried in order of preference). */
export function queryFirst(scope: ParentNode, selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    const found = scope.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** Every element under `root` matching `selector`, including inside open shadow roots. */
export function queryAllDeep(root: ParentNode, selector: string, out: HTMLElement[] = []): HTMLElement[] {
  for (const el of root.querySelectorAll<HTMLElement>(selector)) out.push(el);
  for (const host of root.querySelectorAll('*')) {
    if (host.shadowRoot) queryAllDeep(host.shadowRoot, selector, out);
  }
  return out;
}

export function isDisabled(el: HTMLElement): boolean {
  return (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
}

/** A short stable hash (FNV-1a) for ids derived from visible names where the page has no id. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
