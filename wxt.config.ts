import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { mergeLocales } from './src/i18n/merge-locales';

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
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'rekindle@rekindle.app',
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
