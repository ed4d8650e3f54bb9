import type { ConversationRef } from '../messaging/protocol';
import { createGenericAdapter } from '../sites/generic';
import type { PageAdapters } from '../sites/registry';
import type { SiteAdapter } from '../sites/types';

export interface Hit {
  composer: HTMLElement;
  adapter: SiteAdapter;
}

/** Site adapter first; the generic fallback for boxes it misses, never for boxes it rules out. */
export function composerHit(adapters: PageAdapters, target: EventTarget | null): Hit | null {
  const { site, generic } = adapters;
  const own = site?.composerFrom(target);
  if (site && own) return { composer: own, adapter: site };
  const other = generic?.composerFrom(target);
  if (!generic || !other || site?.ignores(other)) return null;
  return { composer: other, adapter: generic };
}

/** Finds send buttons by label, icon and position only (no boxes of its own are guarded through it). */
const buttonFinder = createGenericAdapter('page');

export function sendButtonHit(
  adapters: PageAdapters,
  target: EventTarget | null,
): (Hit & { button: HTMLElement }) | null {
  const { site, generic } = adapters;
  const own = site?.sendButtonFrom(target);
  if (site && own) return { ...own, adapter: site };
  const other = (generic ?? (site ? buttonFinder : null))?.sendButtonFrom(target);
  if (!other || site?.ignores(other.composer)) return null;
  if (generic) return { ...other, adapter: generic };
  // A site without the fallback: a send button its selectors do not know, beside one of its own boxes.
  const composer = site?.composerFrom(other.composer);
  return site && composer ? { button: other.button, composer, adapter: site } : null;
}

/** The chat a composer writes to; boxes the fallback caught still belong to the site's open chat. */
export function conversationRef(adapters: PageAdapters, hit: Hit | null, doc: Document): ConversationRef {
  const composer = hit?.composer ?? null;
  const site = adapters.site ?? hit?.adapter ?? adapters.generic;
  const chat = adapters.site?.conversation(composer, doc) ??
    hit?.adapter.conversation(composer, doc) ??
    adapters.generic?.conversation(composer, doc) ?? {
      conversationId: 'page',
      displayName: doc.location.host,
    };
  return { site: site?.id ?? `generic:${doc.location.host}`, ...chat };
}

/**
 * An autocomplete list (mentions, emoji) is open: Enter picks from it instead of sending. Only a list
 * the user can see counts: a stale id or a hidden, pre-rendered list must not let a send through.
 */
export function suggestionListOpen(composer: HTMLElement): boolean {
  if (composer.getAttribute('aria-expanded') === 'true') return true;
  const root = composer.getRootNode() as Document | ShadowRoot;
  const shown = (id: string): boolean => {
    const el = root.getElementById?.(id) ?? composer.ownerDocument.getElementById(id);
    return el !== null && !el.hidden && !el.closest('[aria-hidden="true"]') && el.getClientRects().length > 0;
  };
  const active = composer.getAttribute('aria-activedescendant');
  if (active && shown(active)) return true;
  const owned = composer.getAttribute('aria-owns');
  if (!owned) return false;
  return owned.split(/\s+/).some((id) => {
    const el = root.getElementById?.(id) ?? composer.ownerDocument.getElementById(id);
    return el !== null && el.childElementCount > 0 && shown(id);
  });
}
