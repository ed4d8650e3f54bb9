import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerShipHandlers } from './background';
import {
  GUARD_SCRIPT_ID,
  GUARDED_SITES_KEY,
  onSiteAccessAdded,
  onSiteAccessRemoved,
  readGuardedSites,
  syncGuardedSites,
} from './guarded-sites';
import { installSiteAccessFakes } from './test-fakes';

const manifest = {
  manifest_version: 3,
  content_scripts: [
    {
      matches: ['https://web.whatsapp.com/*', 'https://discord.com/*'],
      js: ['content-scripts/guard.js'],
      css: ['content-scripts/guard.css'],
      run_at: 'document_idle',
    },
  ],
};
const site = '*://chat.example.org/*';
const other = '*://forum.example.net/*';

let fakes: ReturnType<typeof installSiteAccessFakes>;
beforeEach(() => {
  fakeBrowser.reset();
  fakes = installSiteAccessFakes(manifest);
});

const registeredMatches = () => fakes.registered.get(GUARD_SCRIPT_ID)?.matches ?? null;

describe('Guard this site', () => {
  it('registers the manifest guard script for a granted site and remembers the site', async () => {
    fakes.granted.add(site);
    await onSiteAccessAdded([site]);
    expect(fakes.registered.get(GUARD_SCRIPT_ID)).toMatchObject({
      matches: [site],
      js: ['content-scripts/guard.js'],
      css: ['content-scripts/guard.css'],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    });
    expect(await readGuardedSites()).toEqual([site]);
  });

  it('covers several sites with one registration and removes exactly the one taken back', async () => {
    fakes.granted.add(site).add(other);
    await onSiteAccessAdded([site]);
    await onSiteAccessAdded([other]);
    expect(registeredMatches()).toEqual([site, other]);

    fakes.granted.delete(site);
    await onSiteAccessRemoved([site]);
    expect(registeredMatches()).toEqual([other]);
    expect(await readGuardedSites()).toEqual([other]);

    fakes.granted.delete(other);
    await onSiteAccessRemoved([other]);
    expect(fakes.registered.size).toBe(0);
    expect(await readGuardedSites()).toEqual([]);
  });

  it('never guards every site at once, even if the browser grants all sites', async () => {
    fakes.granted.add('*://*/*').add('<all_urls>');
    await onSiteAccessAdded(['*://*/*', '<all_urls>', '*://*.example.org/*']);
    expect(fakes.registered.size).toBe(0);
    expect(await readGuardedSites()).toEqual([]);
  });

  it('restores registrations after a restart from the stored list', async () => {
    fakes.granted.add(site);
    await fakeBrowser.storage.local.set({ [GUARDED_SITES_KEY]: [site] });
    expect(fakes.registered.size).toBe(0); // e.g. Firefox forgot a temporary add-on's registrations
    await syncGuardedSites();
    expect(registeredMatches()).toEqual([site]);
  });

  it('drops a stored site whose permission was revoked in the browser settings while closed', async () => {
    fakes.granted.add(other);
    await fakeBrowser.storage.local.set({ [GUARDED_SITES_KEY]: [site, other] });
    await syncGuardedSites();
    expect(registeredMatches()).toEqual([other]);
    expect(await readGuardedSites()).toEqual([other]);
  });

  it('treats unreadable stored data as no added sites', async () => {
    await fakeBrowser.storage.local.set({ [GUARDED_SITES_KEY]: { not: 'a list' } });
    await expect(syncGuardedSites()).resolves.toEqual([]);
    expect(fakes.registered.size).toBe(0);
  });

  it('keeps one registration when events arrive together', async () => {
    fakes.granted.add(site).add(other);
    await Promise.all([onSiteAccessAdded([site]), onSiteAccessAdded([other]), syncGuardedSites()]);
    expect(fakes.registered.size).toBe(1);
    expect([...(registeredMatches() ?? [])].sort()).toEqual([other, site].sort());
  });

  it('leaves the site unguarded and says so when the manifest has no content script', async () => {
    Object.assign(fakeBrowser.runtime, { getManifest: () => ({ manifest_version: 3 }) });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    fakes.granted.add(site);
    await onSiteAccessAdded([site]);
    expect(fakes.registered.size).toBe(0);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('[rekindle]'));
  });
});

describe('background wiring', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('opens the welcome page on install only', async () => {
    registerShipHandlers();
    const welcome = fakeBrowser.runtime.getURL('/welcome.html');
    const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url === welcome);
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.0.1',
      temporary: false,
    });
    expect(await welcomeTabs()).toHaveLength(0);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('registers a site when the browser grants it and unregisters it when revoked', async () => {
    registerShipHandlers();
    fakes.grant(site);
    await flush();
    await syncGuardedSites();
    expect(registeredMatches()).toEqual([site]);
    fakes.revoke(site);
    await flush();
    await syncGuardedSites();
    expect(fakes.registered.size).toBe(0);
  });
});
