// @vitest-environment happy-dom
// Composers written differently from our fixtures (tests/fixtures/variants/): the adapters still
// find the box, and the fallback is allowed exactly where every box is a message box.
import { afterEach, describe, expect, it } from 'vitest';
import { gmail } from './gmail';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { adaptersFor } from './registry';
import { telegram } from './telegram';
import { x } from './x';

const $ = (selector: string) => document.querySelector<HTMLElement>(selector)!;
afterEach(() => {
  document.body.innerHTML = '';
});

describe('composers unlike our fixtures', () => {
  it('Gmail: the new-message dialog body without role=textbox', () => {
    document.body.innerHTML = `<div role="dialog"><input name="subjectbox">
      <div class="Am Al editable" contenteditable="true" g_editable="true" aria-label="Message Body" id="body"><br></div>
      <div role="button" aria-label="Send \u202a(Ctrl-Enter)\u202c" id="send">Send</div></div>`;
    expect(gmail.composerFrom($('#body'))).toBe($('#body'));
    expect(gmail.sendButtonFrom($('#send'))?.composer).toBe($('#body'));
    expect(gmail.composerFrom($('input'))).toBeNull();
  });

  it('Instagram: the pre-Lexical textarea', () => {
    document.body.innerHTML = '<form><textarea placeholder="Message..." id="t"></textarea></form>';
    expect(instagram.composerFrom($('#t'))).toBe($('#t'));
  });

  it('X: a test id on the wrapper resolves to the editable inside', () => {
    document.body.innerHTML = `<div data-testid="dmComposerTextInput" id="wrap"><div class="DraftEditor-root">
      <div class="public-DraftEditor-content" contenteditable="true" role="textbox" id="box"><span id="word">hi</span></div></div></div>`;
    expect(x.composerFrom($('#word'))).toBe($('#box'));
    expect(x.findComposers(document)).toEqual([$('#box')]);
  });

  it('Telegram K: a bare button.btn-send', () => {
    document.body.innerHTML = `<div class="input-message-input" contenteditable="true" id="box"></div>
      <button class="btn-icon btn-send" id="send"><span class="tgico" id="glyph">➤</span></button>`;
    expect(telegram.sendButtonFrom($('#glyph'))?.composer).toBe($('#box'));
  });

  it('LinkedIn: Enter is judged a send unless the "Click Send" text button is there', () => {
    const enter = new KeyboardEvent('keydown', { key: 'Enter' });
    document.body.innerHTML = `<form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" id="box"></div>
      <button class="msg-form__send-btn" type="submit" id="icon"><svg></svg></button></form>`;
    expect(linkedin.keyIntent(enter, $('#box'))).toBe('send');
    expect(linkedin.sendButtonFrom($('#icon'))?.composer).toBe($('#box'));
    $('form').insertAdjacentHTML(
      'beforeend',
      '<button class="msg-form__send-button" type="submit">Send</button>',
    );
    expect(linkedin.keyIntent(enter, $('#box'))).toBe('other');
  });
});

describe('where the fallback may guard boxes the site adapter misses', () => {
  it.each([
    ['https://www.instagram.com/direct/t/1/', true],
    ['https://x.com/i/chat/123', true],
    ['https://x.com/messages/1-2', true],
    ['https://x.com/home', false],
    ['https://www.linkedin.com/messaging/thread/2-abc/', true],
    ['https://www.linkedin.com/feed/', false],
    ['https://mail.google.com/mail/u/0/#inbox', false],
  ])('%s: %s', (url, allowed) => {
    expect(adaptersFor(url, new URL(url).host).generic !== null).toBe(allowed);
  });
});
