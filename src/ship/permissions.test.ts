import { describe, expect, it } from 'vitest';
import { contentScriptHosts, exposeCardStylesToAddedSites } from './permissions';

describe('manifest helpers', () => {
  it('install-time host access is exactly the content scripts’ sites', () => {
    expect(
      contentScriptHosts({
        content_scripts: [
          { matches: ['https://x.com/*', 'https://discord.com/*'] },
          { matches: ['https://x.com/*'] },
        ],
      }),
    ).toEqual(['https://discord.com/*', 'https://x.com/*']);
    expect(contentScriptHosts({})).toEqual([]);
  });

  it('widens only stylesheets behind a dynamic URL to sites added at run time', () => {
    const manifest = {
      web_accessible_resources: [
        { resources: ['content-scripts/guard.css'], matches: ['https://x.com/*'], use_dynamic_url: true },
        { resources: ['icon/16.png'], matches: ['https://x.com/*'] },
      ],
    };
    exposeCardStylesToAddedSites(manifest);
    expect(manifest.web_accessible_resources[0]!.matches).toEqual(['https://x.com/*', '*://*/*']);
    expect(manifest.web_accessible_resources[1]!.matches).toEqual(['https://x.com/*']);
  });
});
