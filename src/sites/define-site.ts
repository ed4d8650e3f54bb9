import { MatchPattern } from 'wxt/utils/match-patterns';
import { asElement, closestDeep, editableRoot, editorKindOf, isDisabled, isShown, queryFirst } from './dom';
import type { ChatIdentity, IncomingSpec, KeyIntent, SiteAdapter } from './types';

/** A site described as data: selectors in order of preference, plus the few behaviours that differ. */
export interface SiteSpec {
  id: string;
  /** Manifest match patterns: whole hosts, because SPAs reach the chat pages without a page load. */
  matches: string[];
  /** Pages (match patterns) where the chat lives, checked at run time; default: `matches`. */
  serves?: string[];
  /** Message boxes of this site. The first selector is the most specific. */
  composer: string[];
  /** Editable fields that are not message boxes (search, captions we do not guard, ...). */
  exclude?: string[];
  /** Ancestor holding a composer and its send button (e.g. WhatsApp's `footer`). */
  scope?: string;
  /** Send buttons, looked up inside `scope` (or the document). Matched by `closest`, so inner icons count. */
  sendButton?: string[];
  /** Which key presses send. Default: Enter without Shift, and Ctrl/Cmd+Enter. */
  keyIntent?(event: KeyboardEvent, composer: HTMLElement, site: SiteAdapter): KeyIntent;
  /** Send buttons that only their text or shape identifies (e.g. a div[role=button] reading "Send"). */
  isSendButton?(el: HTMLElement): boolean;
  /** Open shadow roots (hosts) the site renders its composer in, e.g. LinkedIn's `#interop-outlet`. */
  shadowHosts?: string[];
  conversation(composer: HTMLElement | null, doc: Document): ChatIdentity | null;
  incoming?: IncomingSpec;
  /**
   * Whether the generic fallback may guard other boxes on this site: everywhere (default), nowhere,
   * or only on these pages (match patterns). Off where the site is more than a chat (X, LinkedIn,
   * Gmail...) outside its messaging pages: there, Enter in other fields writes posts, not messages.
   */
  generic?: boolean | string[];
}

/** Enter sends, Shift+Enter adds a line; Ctrl/Cmd+Enter sends too. */
export function enterSends(event: KeyboardEvent): KeyIntent {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey) return 'other';
  return 'send';
}

/** Gmail-style: only Ctrl/Cmd+Enter sends, Enter is a new line. */
export function modEnterSends(event: KeyboardEvent): KeyIntent {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey) return 'other';
  return event.ctrlKey || event.metaKey ? 'send' : 'other';
}

export function defineSite(spec: SiteSpec): SiteAdapter {
  const hostPatterns = spec.matches.map((m) => new MatchPattern(m));
  const chatPatterns = spec.serves ? spec.serves.map((m) => new MatchPattern(m)) : hostPatterns;
  const composerSelector = spec.composer.join(',');
  const excludeSelector = spec.exclude?.join(',') ?? '';
  const buttonSelector = spec.sendButton?.join(',') ?? '';
  const genericPatterns = Array.isArray(spec.generic) ? spec.generic.map((m) => new MatchPattern(m)) : null;

  const acceptComposer = (el: HTMLElement | null): HTMLElement | null => {
    if (!el) return null;
    if (excludeSelector && el.matches(excludeSelector)) return null;
    return el.matches(composerSelector) ? editableWithin(el) : null;
  };

  const adapter: SiteAdapter = {
    id: spec.id,
    matches: spec.matches,
    incoming: spec.incoming ?? null,
    servesUrl: (url) => chatPatterns.some((p) => p.includes(url)),
    coversUrl: (url) => hostPatterns.some((p) => p.includes(url)),
    ignores: (el) => excludeSelector !== '' && el.matches(excludeSelector),
    composerFrom(target) {
      const start = asElement(target);
      if (!start) return null;
      const direct = closestDeep(start, composerSelector);
      if (direct) return acceptComposer(direct);
      return acceptComposer(editableRoot(start));
    },
    findComposers(doc) {
      const roots: ParentNode[] = [doc];
      for (const host of spec.shadowHosts ?? []) {
        const root = doc.querySelector(host)?.shadowRoot;
        if (root) roots.push(root);
      }
      return roots.flatMap((root) =>
        [...root.querySelectorAll<HTMLElement>(composerSelector)]
          .filter((el) => isShown(el) && !(excludeSelector && el.matches(excludeSelector)))
          .map(editableWithin)
          .filter((el): el is HTMLElement => el !== null),
      );
    },
    sendButtonFrom(target) {
      const start = asElement(target);
      let button = buttonSelector ? closestDeep(start, buttonSelector) : null;
      if (!button && spec.isSendButton) {
        const candidate = closestDeep(start, 'button,[role="button"]');
        if (candidate && spec.isSendButton(candidate)) button = candidate;
      }
      if (!button) return null;
      const scope = spec.scope ? closestDeep(button, spec.scope) : null;
      const composer = scope ? queryComposerIn(scope) : adapter.findComposers(button.ownerDocument)[0];
      return composer ? { button: asButton(button), composer } : null;
    },
    sendButtonFor(composer) {
      const scope = (spec.scope && closestDeep(composer, spec.scope)) || composer.ownerDocument;
      let button = queryFirst(scope, spec.sendButton ?? []);
      if (!button && spec.isSendButton) {
        button =
          [...scope.querySelectorAll<HTMLElement>('button,[role="button"]')].find(spec.isSendButton) ?? null;
      }
      if (!button || !isShown(button) || isDisabled(asButton(button))) return null;
      return asButton(button);
    },
    keyIntent: (event, composer) => (spec.keyIntent ?? enterSends)(event, composer, adapter),
    conversation: (composer, doc) => spec.conversation(composer, doc),
    editorKind: editorKindOf,
    allowsGenericAt: (url) =>
      genericPatterns ? genericPatterns.some((p) => p.includes(url)) : spec.generic !== false,
  };

  const queryComposerIn = (scope: ParentNode): HTMLElement | null => {
    for (const el of scope.querySelectorAll<HTMLElement>(composerSelector)) {
      if (acceptComposer(el) && isShown(el)) return el;
    }
    return null;
  };
  return adapter;
}

/**
 * The box itself where a selector names its wrapper (a test id on the element around a Draft.js or
 * Quill editor): what is read, focused and sent is the editable inside.
 */
function editableWithin(el: HTMLElement): HTMLElement | null {
  const own = el.getAttribute('contenteditable');
  if (el instanceof HTMLTextAreaElement || el.isContentEditable || (own !== null && own !== 'false'))
    return el;
  const inner = el.querySelector<HTMLElement>(
    'textarea,[contenteditable="true"],[contenteditable=""],[contenteditable="plaintext-only"]',
  );
  return inner ? editableRoot(inner) : null;
}

/** The clickable element for a matched icon or label (sites wrap icons in buttons). */
function asButton(el: HTMLElement): HTMLElement {
  return (el.closest('button,[role="button"]') as HTMLElement | null) ?? el;
}

/** The path segment after `marker` in the URL, e.g. ('/messages/t/123', 't') → '123'. */
export function segmentAfter(pathname: string, marker: string): string | null {
  const parts = pathname.split('/').filter(Boolean);
  const at = parts.indexOf(marker);
  return at >= 0 ? (parts[at + 1] ?? null) : null;
}

export function textOf(el: Element | null | undefined): string {
  return (el?.getAttribute('title') || el?.textContent || '').trim();
}
