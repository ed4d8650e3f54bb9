import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { mergeLocales } from './src/i18n/merge-locales';
import { actionIcons, iconAssets } from './src/ship/icons';
import { contentScriptHosts, exposeCardStylesToAddedSites } from './src/ship/permissions';
import { SITE_MATCHES } from './src/sites/registry';

// REKINDLE_OUT lets parallel builds (e.g. benchmarks next to tests) write to separate folders.
export default defineConfig({
  outDir: process.env.REKINDLE_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
    ssr: { noExternal: ['@webext-core/messaging'] },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const [lang, messages] of mergeLocales('locales')) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: JSON.stringify(messages, null, 2),
        });
      }
      // assets/icon/<size>.png (rendered from assets/icon.svg) land at icon/<size>.png, which WXT
      // picks up as the manifest's icons.
      files.push(...iconAssets('assets/icon'));
    },
    // MV3 content-script matches do not let the background inject into those tabs (the guard's lazy
    // analyzer uses scripting.executeScript): grant exactly the same chat sites, nothing more.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.host_permissions = contentScriptHosts(manifest);
      exposeCardStylesToAddedSites(manifest);
    },
  },
  zip: {
    // AMO reviewers rebuild from the sources zip: ship what the build needs, not tests or local output.
    excludeSources: [
      '.output*/**',
      'artifacts/**',
      'test-results/**',
      'tests/**',
      '.scratch*/**',
      '.profile-*/**',
    ],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Reasons for each permission: PRIVACY.md ("Permissions") and docs/store-listing.md.
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'notifications'],
    // The chat sites the guard already runs on: lets the background inject the analyzer there on the
    // first focus of a message box (scripting.executeScript), so page start-up never pays for it.
    host_permissions: SITE_MATCHES,
    // "Guard this site" asks for one more site at run time; nothing beyond the chat sites at install.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['*://*/*'] }
      : { optional_permissions: ['*://*/*'] }),
    [manifestVersion === 3 ? 'action' : 'browser_action']: {
      default_icon: actionIcons,
      default_title: '__MSG_extName__',
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'rekindle@rekindle.app',
          // data_collection_permissions is understood from Firefox 140 (desktop) and 142 (Android).
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
