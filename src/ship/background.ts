import { browser } from 'wxt/browser';
import { onSiteAccessAdded, onSiteAccessRemoved, syncGuardedSites } from './guarded-sites';

export const WELCOME_PATH = '/welcome.html';

/**
 * The release concerns of the background: the welcome page on first install, and the sites added
 * with "Guard this site". Listeners are added synchronously so an MV3 service worker woken by one of
 * these events still receives it.
 */
export function registerShipHandlers(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }).catch((error) => {
      console.error('[rekindle] could not open the welcome page:', error);
    });
  });
  browser.permissions.onAdded.addListener(({ origins }) => {
    onSiteAccessAdded(origins).catch(logError);
  });
  browser.permissions.onRemoved.addListener(({ origins }) => {
    onSiteAccessRemoved(origins).catch(logError);
  });
  syncGuardedSites().catch(logError);
}

function logError(error: unknown): void {
  console.error('[rekindle] guarded sites:', error);
}
