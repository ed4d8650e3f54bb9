// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createGenericAdapter } from './generic';
import { isLastButtonAfter, looksLikeSend, plainSendControl } from './send-button';

const $ = (selector: string) => document.querySelector<HTMLElement>(selector)!;
afterEach(() => {
  document.body.innerHTML = '';
});

describe('send buttons the selectors do not know', () => {
  it.each([
    ['<button aria-label="Send">x</button>'],
    ['<div role="button" aria-label="Send message"></div>'],
    ['<button title="Send now"><svg></svg></button>'],
    ['<button aria-label="Enviar SMS"><svg></svg></button>'],
    ['<button aria-label="Senden"></button>'],
    ['<button aria-label="Отправить"></button>'],
    ['<button aria-label="发送消息"></button>'],
    ['<div role="button" aria-label="Send \u202a(Ctrl-Enter)\u202c">Send</div>'],
    ['<button class="btn-icon btn-send"><span class="tgico">➤</span></button>'],
    ['<button><span data-icon="wds-ic-send-filled"><svg></svg></span></button>'],
    ['<button><svg><use href="#icon-paper-plane"></use></svg></button>'],
    ['<button aria-label=""><mat-icon class="material-icons">send</mat-icon></button>'],
    ['<span id="l">Send</span><button aria-labelledby="l"></button>'],
  ])('%s sends', (html) => {
    document.body.innerHTML = html;
    expect(looksLikeSend($('button,[role="button"]'))).toBe(true);
  });

  it.each([
    ['<button aria-label="Send a gift"><svg></svg></button>'],
    ['<div role="button" aria-label="Send a Like">👍</div>'],
    ['<button aria-label="Send voice message"></button>'],
    ['<button aria-label="Sender details"></button>'],
    ['<button aria-label="Choose an emoji"><svg></svg></button>'],
    ['<button class="send-gift-button"><svg></svg></button>'],
    ['<button aria-label="Attach"><svg class="icon-send"></svg></button>'],
  ])('%s does not', (html) => {
    document.body.innerHTML = html;
    expect(looksLikeSend($('button,[role="button"]'))).toBe(false);
  });

  it('a form submit control sends whatever it reads', () => {
    document.body.innerHTML = '<form><textarea></textarea><input type="submit" value="➤"></form>';
    expect(looksLikeSend($('input'))).toBe(true);
  });

  it('an unlabelled icon button counts only as the last button after the box', () => {
    document.body.innerHTML = `<div id="row"><button id="emoji"><svg></svg></button>
      <div contenteditable="true" id="box"></div><button id="attach"><svg></svg></button><button id="go"><svg></svg></button></div>`;
    expect(isLastButtonAfter($('#go'), $('#box'), $('#row'))).toBe(true);
    expect(isLastButtonAfter($('#attach'), $('#box'), $('#row'))).toBe(false);
    expect(isLastButtonAfter($('#emoji'), $('#box'), $('#row'))).toBe(false);
    const generic = createGenericAdapter('example.org');
    expect(generic.sendButtonFrom($('#go'))?.composer).toBe($('#box'));
    expect(generic.sendButtonFrom($('#emoji'))).toBeNull();
    expect(generic.sendButtonFor($('#box'))?.id).toBe('go');
  });

  it('an unlabelled last button whose icon names another action is not a send button', () => {
    document.body.innerHTML = `<div id="row"><div contenteditable="true" id="box"></div>
      <button id="emoji"><svg class="icon-emoji-smile"></svg></button></div>`;
    expect(isLastButtonAfter($('#emoji'), $('#box'), $('#row'))).toBe(false);
    $('#emoji').innerHTML = '<span class="tgico toggle-emoticons"></span>';
    expect(isLastButtonAfter($('#emoji'), $('#box'), $('#row'))).toBe(false);
  });

  it('a plain clickable element counts only when it names sending itself', () => {
    document.body.innerHTML = `<div id="row"><div contenteditable="true" id="box"></div>
      <div class="composer-send-btn" id="go"><svg><path id="p"></path></svg></div>
      <div class="message-status" data-testid="send-status" id="status"><svg><path id="q"></path></svg></div></div>`;
    expect(plainSendControl($('#p'))?.id).toBe('go');
    expect(plainSendControl($('#q'))).toBeNull();
    expect(plainSendControl($('#box'))).toBeNull();
    expect(createGenericAdapter('example.org').sendButtonFrom($('#p'))?.composer).toBe($('#box'));
  });

  it('a labelled Send button finds its box across a deep table layout', () => {
    document.body.innerHTML = `<div id="compose"><table><tbody><tr><td><div><div contenteditable="true" id="body"></div></div></td></tr></tbody></table>
      <table><tbody><tr><td><div><div><div role="button" aria-label="Send" id="send">Send</div></div></div></td></tr></tbody></table></div>`;
    expect(createGenericAdapter('example.org').sendButtonFrom($('#send'))?.composer).toBe($('#body'));
  });
});
