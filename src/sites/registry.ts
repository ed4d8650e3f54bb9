import { discord } from './discord';
import { createGenericAdapter } from './generic';
import { gmail } from './gmail';
import { googleMessages } from './google-messages';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { messenger } from './messenger';
import { slack } from './slack';
import { telegram } from './telegram';
import { tinder } from './tinder';
import type { SiteAdapter } from './types';
import { whatsapp } from './whatsapp';
import { x } from './x';

/** Every supported chat site. Order matters only where match patterns overlap (none today). */
export const SITES: readonly SiteAdapter[] = [
  whatsapp,
  messenger,
  instagram,
  discord,
  slack,
  tinder,
  telegram,
  gmail,
  x,
  linkedin,
  googleMessages,
];

/** The guard's content-script match patterns: exactly the supported sites. */
export const SITE_MATCHES: string[] = SITES.flatMap((site) => site.matches);

export interface PageAdapters {
  /** The site's own adapter, or null on a page no site adapter serves (e.g. a same-origin frame). */
  site: SiteAdapter | null;
  /** Catches boxes the site adapter misses; null where the site disallows it. */
  generic: SiteAdapter | null;
}

/**
 * The adapters for one page. On a supported site's other pages (a Facebook feed) nothing is guarded;
 * a page no site claims (a site added with "Guard this site", a blank frame) gets the fallback.
 */
export function adaptersFor(url: string, host: string): PageAdapters {
  const site = SITES.find((s) => s.servesUrl(url)) ?? null;
  if (site) return { site, generic: site.allowsGenericAt(url) ? createGenericAdapter(host) : null };
  if (SITES.some((s) => s.coversUrl(url))) return { site: null, generic: null };
  return { site: null, generic: createGenericAdapter(host || 'page') };
}

/** Adapters that follow single-page navigation (re-resolved when the URL changes). */
export function liveAdapters(location: Location): PageAdapters {
  let href = '';
  let current: PageAdapters = { site: null, generic: null };
  const now = (): PageAdapters => {
    if (location.href !== href) {
      href = location.href;
      current = adaptersFor(href, location.host);
    }
    return current;
  };
  return {
    get site() {
      return now().site;
    },
    get generic() {
      return now().generic;
    },
  };
}
