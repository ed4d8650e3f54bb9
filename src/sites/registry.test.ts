import { describe, expect, it } from 'vitest';
import { adaptersFor, SITE_MATCHES, SITES } from './registry';

describe('registry', () => {
  it.each([
    ['https://web.whatsapp.com/', 'whatsapp'],
    ['https://www.facebook.com/messages/t/100000000000101/', 'messenger'],
    ['https://www.messenger.com/e2ee/t/123/', 'messenger'],
    ['https://www.instagram.com/direct/t/340282366841710300949128100000000101/', 'instagram'],
    ['https://discord.com/channels/@me/1200000000000000101', 'discord'],
    ['https://app.slack.com/client/T0FIXTURE01/D0ALEX00001', 'slack'],
    ['https://tinder.com/app/messages/abc', 'tinder'],
    ['https://web.telegram.org/k/#777000101', 'telegram'],
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://x.com/i/chat/123', 'x'],
    ['https://www.linkedin.com/messaging/thread/2-abc/', 'linkedin'],
    ['https://messages.google.com/web/conversations/5', 'google-messages'],
  ])('%s is served by %s', (url, id) => {
    expect(adaptersFor(url, new URL(url).host).site?.id).toBe(id);
  });

  it('guards nothing on a supported site outside its chat (a Facebook feed, Instagram home)', () => {
    expect(adaptersFor('https://www.facebook.com/', 'www.facebook.com')).toEqual({
      site: null,
      generic: null,
    });
    expect(adaptersFor('https://www.instagram.com/', 'www.instagram.com')).toEqual({
      site: null,
      generic: null,
    });
  });

  it('only chat-only sites let the generic fallback guard other boxes', () => {
    expect(adaptersFor('https://web.whatsapp.com/', 'web.whatsapp.com').generic).not.toBeNull();
    expect(adaptersFor('https://x.com/home', 'x.com').generic).toBeNull();
  });

  it('a page no site claims (a site the user added) gets the generic fallback only', () => {
    const page = adaptersFor('https://chat.example.org/room/1', 'chat.example.org');
    expect(page.site).toBeNull();
    expect(page.generic?.id).toBe('generic:chat.example.org');
  });

  it('the manifest matches are every adapter’s hosts, all https', () => {
    expect(SITE_MATCHES.length).toBe(SITES.flatMap((s) => s.matches).length);
    for (const pattern of SITE_MATCHES) expect(pattern).toMatch(/^https:\/\/[a-z.]+\/\*$/);
  });
});
