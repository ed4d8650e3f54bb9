import { describe, expect, it } from 'vitest';
import { builtInMatches, guardScriptFrom, packagePath } from './guard-script';

type Manifest = Parameters<typeof guardScriptFrom>[0];

describe('guardScriptFrom', () => {
  it('takes the guard entry with package paths, as Chrome lists them', () => {
    const manifest = {
      manifest_version: 3,
      name: 'x',
      version: '1',
      content_scripts: [
        { matches: ['https://a.com/*'], js: ['content-scripts/other.js'] },
        {
          matches: ['https://b.com/*'],
          js: ['content-scripts/guard.js'],
          run_at: 'document_start',
          all_frames: true,
        },
      ],
    } as unknown as Manifest;
    expect(guardScriptFrom(manifest)).toEqual({
      js: ['content-scripts/guard.js'],
      css: [],
      allFrames: true,
      runAt: 'document_start',
    });
    expect(builtInMatches(manifest)).toEqual(['https://a.com/*', 'https://b.com/*']);
  });

  it('turns the absolute moz-extension:// URLs Firefox reports into package paths', () => {
    const manifest = {
      manifest_version: 2,
      name: 'x',
      version: '1',
      content_scripts: [
        {
          matches: ['https://b.com/*'],
          js: ['moz-extension://572a05b6-342a-4458-b569-c4d331f23578/content-scripts/guard.js'],
          css: ['moz-extension://572a05b6-342a-4458-b569-c4d331f23578/content-scripts/guard.css'],
        },
      ],
    } as unknown as Manifest;
    expect(guardScriptFrom(manifest)).toMatchObject({
      js: ['content-scripts/guard.js'],
      css: ['content-scripts/guard.css'],
    });
    expect(packagePath('content-scripts/guard.js')).toBe('content-scripts/guard.js');
  });

  it('has nothing to register when the manifest has no content script', () => {
    expect(guardScriptFrom({ manifest_version: 3, name: 'x', version: '1' } as Manifest)).toBeNull();
  });
});
