/** How a composer stores its text; decides how we read it and how we edit it. */
export type EditorKind =
  | 'lexical'
  | 'slate'
  | 'quill'
  | 'draft'
  | 'prosemirror'
  | 'textarea'
  | 'contenteditable';

/** The open chat as the page shows it. Never carries message text. */
export interface ChatIdentity {
  conversationId: string;
  displayName: string;
}

/** What a key press in a composer means on this site. */
export type KeyIntent = 'send' | 'other';

/**
 * Everything the guard needs to know about one chat site. Adapters know selectors and site
 * behaviour, nothing about rules, stages or the card.
 */
export interface SiteAdapter {
  /** Stable id reported to the background, e.g. 'whatsapp'; 'generic:<host>' for the fallback. */
  readonly id: string;
  /** Match patterns of the pages this adapter serves (they feed the content script's manifest). */
  readonly matches: readonly string[];
  /** True on the pages where this site's chat lives (checked again after every SPA navigation). */
  servesUrl(url: string): boolean;
  /** True anywhere on this site's hosts, chat or not. */
  coversUrl(url: string): boolean;
  /** The message box that `target` (an event's composedPath()[0]) belongs to, or null. */
  composerFrom(target: EventTarget | null): HTMLElement | null;
  /** Editable fields of this site that are not message boxes (the generic fallback must skip them too). */
  ignores(el: HTMLElement): boolean;
  /** Message boxes currently in the page (used to prime the guard, not on the keystroke path). */
  findComposers(doc: Document): HTMLElement[];
  /** The send button `target` is part of, with the composer it sends, or null. */
  sendButtonFrom(target: EventTarget | null): { button: HTMLElement; composer: HTMLElement } | null;
  /** The send button currently rendered for this composer, if any. */
  sendButtonFor(composer: HTMLElement): HTMLElement | null;
  /** Whether this keydown in the composer sends on this site (Shift+Enter never does). */
  keyIntent(event: KeyboardEvent, composer: HTMLElement): KeyIntent;
  /** The conversation the composer writes to, or null when the page does not say. */
  conversation(composer: HTMLElement | null, doc: Document): ChatIdentity | null;
  /** Incoming message rows (from the other person), if this adapter can tell them apart. */
  readonly incoming: IncomingSpec | null;
  /** Which editor library renders the composer. */
  editorKind(composer: HTMLElement): EditorKind;
  /** Whether boxes this adapter does not know may be guarded by the generic fallback on this page. */
  allowsGenericAt(url: string): boolean;
}

export interface IncomingSpec {
  /** Matches one message row (incoming, or any row when `text` tells them apart). */
  row: string;
  /** The message text of an incoming row; null for a row the user sent. */
  text(row: Element): string | null;
}
