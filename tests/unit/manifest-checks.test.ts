import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkManifest, globToRegExp, matchesBaseline } from '../../scripts/manifest-checks';

function build(manifest: Record<string, unknown>, code = 'b.storage.local.get();b.tabs.query({})') {
  const dir = mkdtempSync(path.join(tmpdir(), 'rekindle-manifest-'));
  mkdirSync(path.join(dir, 'icon'));
  for (const size of [16, 32, 48, 96, 128]) writeFileSync(path.join(dir, `icon/${size}.png`), '');
  mkdirSync(path.join(dir, '_locales/en'), { recursive: true });
  writeFileSync(path.join(dir, '_locales/en/messages.json'), JSON.stringify({ extName: { message: 'R' } }));
  writeFileSync(path.join(dir, 'background.js'), code);
  const icons = Object.fromEntries([16, 32, 48, 96, 128].map((s) => [s, `icon/${s}.png`]));
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: '__MSG_extName__',
      default_locale: 'en',
      icons,
      ...manifest,
    }),
  );
  return dir;
}

describe('manifest checks (npm run lint:ext)', () => {
  it('passes a least-privilege manifest', () => {
    const dir = build({
      permissions: ['storage', 'activeTab'],
      host_permissions: ['https://web.whatsapp.com/*'],
      optional_host_permissions: ['*://*/*'],
      content_scripts: [{ matches: ['https://web.whatsapp.com/*'], js: ['guard.js'] }],
    });
    expect(checkManifest(dir)).toEqual([]);
  });

  it('flags unexplained, unused and install-time host permissions and all-sites scripts', () => {
    const dir = build({
      permissions: ['storage', 'tabs', 'alarms', '<all_urls>'],
      host_permissions: ['https://example.com/*'],
      content_scripts: [{ matches: ['*://*/*'], js: ['guard.js'] }],
    });
    const problems = checkManifest(dir).join('\n');
    expect(problems).toContain('"tabs" has no reason');
    expect(problems).toContain('"alarms" is declared but no built script uses it');
    expect(problems).toContain('install-time host access <all_urls>, https://example.com/*');
    expect(problems).toContain('content script runs on every site');
  });

  it('flags a description the Chrome Web Store would reject (over 132 characters)', () => {
    const dir = build({ description: 'x'.repeat(133) });
    expect(checkManifest(dir).join('\n')).toContain('description is 133 characters');
  });

  it('flags missing icons, unknown messages and a Firefox manifest without its declarations', () => {
    const dir = build({
      description: '__MSG_missingKey__',
      icons: { 16: 'icon/16.png' },
      browser_specific_settings: { gecko: {} },
    });
    const problems = checkManifest(dir).join('\n');
    expect(problems).toContain('no 128px icon');
    expect(problems).toContain('no "missingKey"');
    expect(problems).toContain('no fixed add-on id');
    expect(problems).toContain('data_collection_permissions');
  });
});

describe('lint baseline globs', () => {
  it('match one path segment per *', () => {
    expect(globToRegExp('chunks/*.js').test('chunks/welcome-abc.js')).toBe(true);
    expect(globToRegExp('chunks/*.js').test('content-scripts/guard.js')).toBe(false);
    expect(globToRegExp('chunks/*.js').test('chunks/a/b.js')).toBe(false);
    expect(globToRegExp('**/*.js').test('chunks/a/b.js')).toBe(true);
  });
  it('need the same code', () => {
    const entry = { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'chunks/*.js' };
    expect(matchesBaseline(entry, { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'chunks/x.js', message: '' })).toBe(
      true,
    );
    expect(matchesBaseline(entry, { code: 'DANGEROUS_EVAL', file: 'chunks/x.js', message: '' })).toBe(false);
  });
});
