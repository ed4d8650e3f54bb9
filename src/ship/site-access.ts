import { MatchPattern } from 'wxt/utils/match-patterns';

/**
 * The match pattern that covers every page of a tab's site (either scheme), or null for pages no
 * extension may script (browser pages, files, extension pages).
 */
export function sitePattern(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!parsed.hostname) return null;
  return `*://${parsed.hostname}/*`;
}

/** Only single, named sites are guarded on request: never a wildcard host such as "all sites". */
export function isSingleSitePattern(pattern: string): boolean {
  const match = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(pattern);
  return !!match && !match[2]!.includes('*');
}

export function hostOf(pattern: string): string {
  return pattern.replace(/^[^:]+:\/\//, '').replace(/\/.*$/, '');
}

/** True when one of the manifest's own content scripts already runs on this URL. */
export function coveredByBuiltIn(url: string, builtInMatches: readonly string[]): boolean {
  return builtInMatches.some((pattern) => {
    try {
      return new MatchPattern(pattern).includes(url);
    } catch {
      return false;
    }
  });
}

export type SiteAccess =
  | { kind: 'unavailable' }
  | { kind: 'builtIn' }
  | { kind: 'off'; pattern: string; host: string }
  | { kind: 'on'; pattern: string; host: string };

/** What "Guard this site" can offer for the page in the current tab. */
export function classifySite(
  url: string | undefined,
  builtInMatches: readonly string[],
  granted: (pattern: string) => boolean,
): SiteAccess {
  const pattern = sitePattern(url);
  if (!url || !pattern) return { kind: 'unavailable' };
  if (coveredByBuiltIn(url, builtInMatches)) return { kind: 'builtIn' };
  const host = hostOf(pattern);
  return granted(pattern) ? { kind: 'on', pattern, host } : { kind: 'off', pattern, host };
}
