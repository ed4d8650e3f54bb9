// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeLocales } from '../i18n/merge-locales';
import { registerShipHandlers } from './background';
import { GuardThisSite } from './guard-this-site';
import { GUARD_SCRIPT_ID } from './guarded-sites';
import { installMessages, installSiteAccessFakes } from './test-fakes';

const manifest = {
  manifest_version: 3,
  content_scripts: [{ matches: ['https://web.whatsapp.com/*'], js: ['content-scripts/guard.js'] }],
};

let fakes: ReturnType<typeof installSiteAccessFakes>;
let requests: string[][];
let answer: boolean;

beforeEach(() => {
  fakeBrowser.reset();
  installMessages(mergeLocales('locales').get('en')!);
  fakes = installSiteAccessFakes(manifest);
  requests = [];
  answer = true;
  Object.assign(fakeBrowser.permissions, {
    // The prompt the user would answer; granting fires onAdded like the real browser.
    request: async ({ origins = [] }: { origins?: string[] }) => {
      requests.push(origins);
      if (answer) for (const origin of origins) fakes.grant(origin);
      return answer;
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      for (const origin of origins) fakes.revoke(origin);
      return true;
    },
  });
  document.body.innerHTML = '<div id="root"></div>';
});

async function openPopupOn(url: string) {
  // The tab the toolbar popup was opened over (activeTab lets the popup read its URL).
  Object.assign(fakeBrowser.tabs, { query: async () => [{ id: 7, index: 0, url, active: true }] });
  const root = document.getElementById('root')!;
  await act(async () => {
    render(<GuardThisSite />, root);
  });
  await settle();
  return root;
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 10)));
const button = (root: HTMLElement) => root.querySelector('button');

describe('<GuardThisSite>', () => {
  it('asks for the current site only, then the background guards it, and Stop takes it back', async () => {
    registerShipHandlers();
    const root = await openPopupOn('https://chat.example.org/rooms/7');
    expect(root.textContent).toContain('Chatting on chat.example.org?');
    expect(button(root)?.textContent).toBe('Guard this site');

    await act(async () => button(root)!.click());
    await settle();
    expect(requests).toEqual([['*://chat.example.org/*']]);
    expect(root.textContent).toContain('Rekindle guards chat.example.org.');
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/next time the page loads/);
    expect(fakes.registered.get(GUARD_SCRIPT_ID)?.matches).toEqual(['*://chat.example.org/*']);

    await act(async () => button(root)!.click());
    await settle();
    expect(button(root)?.textContent).toBe('Guard this site');
    expect(fakes.registered.size).toBe(0);
  });

  it('changes nothing when the user declines the prompt', async () => {
    answer = false;
    const root = await openPopupOn('https://chat.example.org/');
    await act(async () => button(root)!.click());
    await settle();
    expect(root.textContent).toContain('No problem, nothing changed.');
    expect(button(root)?.textContent).toBe('Guard this site');
    expect(fakes.granted.size).toBe(0);
  });

  it('offers no button on a supported chat site or a browser page', async () => {
    let root = await openPopupOn('https://web.whatsapp.com/');
    expect(root.textContent).toBe('Rekindle already guards this chat site.');
    expect(button(root)).toBeNull();
    render(null, root);
    root = await openPopupOn('chrome://extensions/');
    expect(root.textContent).toBe("Rekindle can't guard this page.");
  });
});
