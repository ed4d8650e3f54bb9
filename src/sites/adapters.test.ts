// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { discord } from './discord';
import { createGenericAdapter } from './generic';
import { gmail } from './gmail';
import { linkedin } from './linkedin';
import { slack } from './slack';
import { tinder } from './tinder';
import { whatsapp } from './whatsapp';

function page(html: string): void {
  document.body.innerHTML = html;
}
const $ = (selector: string) => document.querySelector<HTMLElement>(selector)!;
const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { key: 'Enter', ...init });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('whatsapp', () => {
  const markup = `
    <div id="side"><div contenteditable="true" role="textbox" data-tab="3" data-lexical-editor="true" id="search"></div></div>
    <div id="main">
      <header><span dir="auto" title="Alex">Alex</span></header>
      <div role="row"><div class="message-in"><span class="selectable-text"><span>hey you</span></span></div></div>
      <footer>
        <div contenteditable="true" role="textbox" data-tab="10" data-lexical-editor="true" id="box"><p><span id="word">hi</span></p></div>
        <button aria-label="Send"><span data-icon="wds-ic-send-filled" id="icon"></span></button>
      </footer>
    </div>`;

  it('finds the chat composer from any node inside it, never the search box', () => {
    page(markup);
    expect(whatsapp.composerFrom($('#word'))).toBe($('#box'));
    expect(whatsapp.composerFrom($('#search'))).toBeNull();
    expect(whatsapp.ignores($('#search'))).toBe(true);
    expect(whatsapp.findComposers(document)).toEqual([$('#box')]);
  });

  it('resolves a click on the send icon to the button and its composer', () => {
    page(markup);
    const hit = whatsapp.sendButtonFrom($('#icon'));
    expect(hit?.button.tagName).toBe('BUTTON');
    expect(hit?.composer).toBe($('#box'));
    expect(whatsapp.sendButtonFor($('#box'))).toBe(hit?.button);
  });

  it('names the chat from the header (the URL never changes) and reads incoming rows', () => {
    page(markup);
    const chat = whatsapp.conversation($('#box'), document);
    expect(chat?.displayName).toBe('Alex');
    expect(chat?.conversationId).toMatch(/^wa-/);
    const row = document.querySelector(whatsapp.incoming!.row)!;
    expect(whatsapp.incoming!.text(row)).toBe('hey you');
  });

  it('Enter sends, Shift+Enter does not', () => {
    page(markup);
    expect(whatsapp.keyIntent(key({}), $('#box'))).toBe('send');
    expect(whatsapp.keyIntent(key({ ctrlKey: true }), $('#box'))).toBe('send');
    expect(whatsapp.keyIntent(key({ shiftKey: true }), $('#box'))).toBe('other');
  });
});

describe('discord', () => {
  it('guards the Slate message box but not the search combobox', () => {
    page(`<div role="combobox" contenteditable="true" data-slate-editor="true" id="search"></div>
      <form><div role="textbox" contenteditable="true" data-slate-editor="true" aria-label="Message @alex" id="box"></div></form>`);
    expect(discord.composerFrom($('#box'))).toBe($('#box'));
    expect(discord.composerFrom($('#search'))).toBeNull();
    expect(discord.editorKind($('#box'))).toBe('slate');
  });
});

describe('slack', () => {
  it('pairs the send button with the Quill composer of its own pane', () => {
    page(`<div data-qa="message_composer"><div data-qa="message_input"><div class="ql-editor" role="textbox" contenteditable="true" id="a"></div></div>
        <button data-qa="texty_send_button" id="send-a"></button></div>
      <div data-qa="message_composer"><div data-qa="message_input"><div class="ql-editor" role="textbox" contenteditable="true" id="b"></div></div>
        <button data-qa="texty_send_button" id="send-b"></button></div>`);
    expect(slack.sendButtonFrom($('#send-b'))?.composer).toBe($('#b'));
    expect(slack.sendButtonFor($('#a'))).toBe($('#send-a'));
    expect(slack.editorKind($('#a'))).toBe('quill');
  });
});

describe('tinder', () => {
  it('finds the textarea and its form submit button', () => {
    page(
      `<form><textarea placeholder="Type a message" id="box"></textarea><button type="submit" id="send">Send</button></form>`,
    );
    expect(tinder.composerFrom($('#box'))).toBe($('#box'));
    expect(tinder.sendButtonFrom($('#send'))?.composer).toBe($('#box'));
    expect(tinder.editorKind($('#box'))).toBe('textarea');
  });
});

describe('gmail', () => {
  it('only Ctrl/Cmd+Enter sends; Enter writes a new line', () => {
    page(
      `<div class="M9"><div aria-label="Message Body" role="textbox" contenteditable="true" id="box"></div></div>`,
    );
    expect(gmail.keyIntent(key({}), $('#box'))).toBe('other');
    expect(gmail.keyIntent(key({ ctrlKey: true }), $('#box'))).toBe('send');
    expect(gmail.keyIntent(key({ metaKey: true }), $('#box'))).toBe('send');
  });
});

describe('linkedin', () => {
  const form = (withButton: boolean) => `<form class="msg-form">
      <div class="msg-form__contenteditable" contenteditable="true" role="textbox" id="box"><p><br></p></div>
      ${withButton ? '<button class="msg-form__send-button" type="submit">Send</button>' : ''}</form>`;

  it('Enter sends in "Press Enter to send" mode (no Send button), writes a line in "Click Send" mode', () => {
    page(form(false));
    expect(linkedin.keyIntent(key({}), $('#box'))).toBe('send');
    page(form(true));
    expect(linkedin.keyIntent(key({}), $('#box'))).toBe('other');
  });

  it('finds composers inside the #interop-outlet open shadow root', () => {
    page('<div id="interop-outlet"></div>');
    const root = $('#interop-outlet').attachShadow({ mode: 'open' });
    root.innerHTML = form(true);
    expect(linkedin.findComposers(document)).toHaveLength(1);
  });
});

describe('generic fallback', () => {
  const generic = createGenericAdapter('example.org');

  it('takes textareas, contenteditables and role=textbox, not comboboxes or search boxes', () => {
    page(`<textarea id="t"></textarea><div contenteditable="" id="ce"><b id="inner">x</b></div>
      <div role="combobox" contenteditable="true" id="combo"></div><textarea role="searchbox" id="search"></textarea>`);
    expect(generic.composerFrom($('#t'))).toBe($('#t'));
    expect(generic.composerFrom($('#inner'))).toBe($('#ce'));
    expect(generic.composerFrom($('#combo'))).toBeNull();
    expect(generic.composerFrom($('#search'))).toBeNull();
  });

  it('finds boxes inside open shadow roots and a nearby Send button', () => {
    page('<div id="host"></div>');
    const root = $('#host').attachShadow({ mode: 'open' });
    root.innerHTML =
      '<div><textarea id="t"></textarea><button aria-label="Send message" id="b"></button></div>';
    const box = root.getElementById('t') as HTMLElement;
    expect(generic.findComposers(document)).toEqual([box]);
    expect(generic.sendButtonFor(box)?.id).toBe('b');
    expect(generic.sendButtonFrom(root.getElementById('b'))?.composer).toBe(box);
  });
});
