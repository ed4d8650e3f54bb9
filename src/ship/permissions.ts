/**
 * Every permission Rekindle asks for, with the reason a reviewer (or a careful user) should see.
 * wxt.config.ts builds the manifests from this list, and `npm run lint:ext` fails if a built
 * manifest asks for anything not explained here.
 */
export const PERMISSIONS = {
  storage:
    'Keeps the stage, checklist ticks, settings, cooldown times and daily counts on this device (never message text).',
  activeTab:
    'Lets the toolbar popup read the address of the tab it was opened on, so "Guard this site" knows which site to offer. Nothing else about the tab is read.',
  scripting:
    'Registers the guard on a site the user added with "Guard this site", and removes it again when they stop.',
  alarms: 'Wakes the extension when a cooldown ends, so it can say so even after the browser slept.',
  notifications: 'Tells the user, on their own device, that a cooldown is over.',
} as const;

export type PermissionName = keyof typeof PERMISSIONS;

/** Asked for at run time only, one site at a time, when the user presses "Guard this site". */
export const OPTIONAL_SITE_ACCESS = ['*://*/*'] as const;
export const OPTIONAL_SITE_ACCESS_REASON =
  'Only requested when the user presses "Guard this site", for that one site; removed with "Stop guarding this site".';

/** Host access at install time comes only from the content scripts of the supported chat sites. */
export const CONTENT_SCRIPT_HOSTS_REASON =
  'The guard reads a draft on the supported chat sites when the user presses Enter or Send, on the page itself.';

/** The chat sites the manifest's content scripts run on: the only install-time host access. */
export function contentScriptHosts(manifest: { content_scripts?: { matches?: string[] }[] }): string[] {
  return [...new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []))].sort();
}

interface WebAccessibleResource {
  resources: string[];
  matches?: string[];
  use_dynamic_url?: boolean;
}

/**
 * The guard's card reads its stylesheet from the extension. A site added with "Guard this site" is
 * not among the manifest's sites, so the stylesheet must be readable there too: only entries behind
 * a per-session dynamic URL are widened, which a website cannot guess (no fingerprinting).
 */
export function exposeCardStylesToAddedSites(manifest: {
  web_accessible_resources?: (WebAccessibleResource | string)[];
}): void {
  for (const entry of manifest.web_accessible_resources ?? []) {
    if (typeof entry === 'string' || !entry.use_dynamic_url) continue;
    entry.matches = [...new Set([...(entry.matches ?? []), ...OPTIONAL_SITE_ACCESS])];
  }
}
