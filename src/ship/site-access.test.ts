import { describe, expect, it } from 'vitest';
import { classifySite, isSingleSitePattern, sitePattern } from './site-access';

const builtIn = ['https://web.whatsapp.com/*', '*://*.discord.com/*'];

describe('sitePattern', () => {
  it.each([
    ['https://chat.example.org/room/42?x=1#end', '*://chat.example.org/*'],
    ['http://localhost:8080/', '*://localhost/*'],
  ])('%s → %s', (url, pattern) => expect(sitePattern(url)).toBe(pattern));

  it.each([undefined, '', 'chrome://extensions', 'about:blank', 'file:///tmp/a.html', 'not a url'])(
    'cannot guard %s',
    (url) => expect(sitePattern(url)).toBeNull(),
  );
});

describe('isSingleSitePattern', () => {
  it('accepts one named host only', () => {
    expect(isSingleSitePattern('*://chat.example.org/*')).toBe(true);
    expect(isSingleSitePattern('https://chat.example.org/*')).toBe(true);
    expect(isSingleSitePattern('*://*/*')).toBe(false);
    expect(isSingleSitePattern('*://*.example.org/*')).toBe(false);
    expect(isSingleSitePattern('<all_urls>')).toBe(false);
  });
});

describe('classifySite', () => {
  const none = () => false;
  it('says a supported chat site is already guarded', () => {
    expect(classifySite('https://web.whatsapp.com/', builtIn, none)).toEqual({ kind: 'builtIn' });
    expect(classifySite('https://ptb.discord.com/channels/1/2', builtIn, none)).toEqual({ kind: 'builtIn' });
  });
  it('offers to guard any other web page, and to stop once granted', () => {
    expect(classifySite('https://chat.example.org/r/1', builtIn, none)).toEqual({
      kind: 'off',
      pattern: '*://chat.example.org/*',
      host: 'chat.example.org',
    });
    expect(classifySite('https://chat.example.org/r/1', builtIn, () => true)).toMatchObject({ kind: 'on' });
  });
  it('offers nothing on browser pages', () => {
    expect(classifySite('chrome://newtab/', builtIn, none)).toEqual({ kind: 'unavailable' });
  });
});
