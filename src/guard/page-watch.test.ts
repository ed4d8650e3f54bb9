// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingSpec } from '../sites/types';
import { newestRows, watchPage } from './page-watch';

const spec: IncomingSpec = {
  row: '.row',
  text: (row) => (row.classList.contains('in') ? (row.textContent ?? '') : null),
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const BATCH = 350;

function row(text: string, direction: 'in' | 'out'): HTMLElement {
  const el = document.createElement('div');
  el.className = `row ${direction}`;
  el.textContent = text;
  return el;
}

/** A chat page: sidebar, then a pane with header, message list and composer. */
function chatPage(name: string, history: HTMLElement[] = []) {
  document.body.innerHTML = '<div id="side"><ul id="chats"></ul></div><div id="slot"></div>';
  return openPane(name, history);
}

function openPane(name: string, history: HTMLElement[] = []) {
  const pane = document.createElement('div');
  pane.className = 'pane';
  pane.innerHTML = `<header>${name}</header><div class="list"></div><footer><div class="box" contenteditable="true"></div></footer>`;
  pane.querySelector('.list')!.append(...history);
  document.getElementById('slot')!.replaceChildren(pane);
  return {
    list: pane.querySelector('.list')!,
    box: pane.querySelector<HTMLElement>('.box')!,
  };
}

const chatName = () => document.querySelector('header')?.textContent ?? null;

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

function start(chat: () => string | null = chatName) {
  const seen: string[][] = [];
  let changes = 0;
  const watch = watchPage(
    document,
    () => spec,
    {
      onPageChanged: () => changes++,
      onIncoming: (texts) => seen.push(texts),
      composer: () => document.querySelector('.box'),
    },
    chat,
  );
  stop = watch.stop;
  return { seen, changes: () => changes };
}

describe('watchPage', () => {
  it('reports new incoming rows once, never our own rows or the history of a newly opened chat', async () => {
    document.body.innerHTML = '<div id="list"></div>';
    const list = document.getElementById('list')!;
    list.append(row('old news', 'in'));
    let chat = 'alex';
    const { seen, changes } = start(() => chat);

    list.append(row('hello you', 'out'), row('hey! how are you?', 'in'));
    await wait(BATCH);
    expect(seen).toEqual([['hey! how are you?']]);
    expect(changes()).toBeGreaterThan(0);

    // Older history loading above the newest row is not new.
    list.prepend(row('from last year', 'in'));
    await wait(BATCH);
    expect(seen).toHaveLength(1);

    // A chat switch renders a whole history at once: none of it is a reply.
    chat = 'sam';
    list.replaceChildren(row('sam said this yesterday', 'in'), row('and this', 'in'));
    await wait(BATCH);
    expect(seen).toHaveLength(1);

    list.append(row('are you there?', 'in'));
    await wait(BATCH);
    expect(seen).toEqual([['hey! how are you?'], ['are you there?']]);
  });

  it('takes rows arriving over many tasks as one batch, in order, newest ten at most', async () => {
    const { list } = chatPage('alex', [row('before', 'in')]);
    const { seen } = start();
    for (let i = 0; i < 30; i++) {
      list.append(row(`reply ${i}`, 'in'));
      await wait(2);
    }
    await wait(BATCH);
    expect(seen).toEqual([Array.from({ length: 10 }, (_, i) => `reply ${i + 20}`)]);
  });

  it('once it knows the pane, a busy sidebar does not wake it, the pane does', async () => {
    const { list } = chatPage('alex', [row('before', 'in')]);
    const { seen, changes } = start();
    list.append(row('first', 'in'));
    await wait(BATCH);
    const after = changes();

    const chats = document.getElementById('chats')!;
    for (let i = 0; i < 5; i++)
      chats.append(Object.assign(document.createElement('li'), { textContent: `${i}` }));
    await wait(BATCH);
    expect(changes()).toBe(after);

    list.append(row('second', 'in'));
    await wait(BATCH);
    expect(changes()).toBe(after + 1);
    expect(seen).toEqual([['first'], ['second']]);
  });

  it('notices a re-created message box inside the pane', async () => {
    const { list, box } = chatPage('alex', [row('before', 'in')]);
    const { changes } = start();
    list.append(row('first', 'in'));
    await wait(BATCH);
    const after = changes();
    box.replaceWith(Object.assign(document.createElement('div'), { className: 'box' }));
    await wait(BATCH);
    expect(changes()).toBe(after + 1);
  });

  it('follows a chat switch that replaces the whole pane: its history is old, its replies are new', async () => {
    const { list } = chatPage('alex', [row('before', 'in')]);
    const { seen } = start();
    list.append(row('from alex', 'in'));
    await wait(BATCH);

    const sam = openPane('sam', [row('sam, last week', 'in'), row('sam, yesterday', 'in')]);
    await wait(BATCH);
    expect(seen).toEqual([['from alex']]);

    sam.list.append(row('sam, just now', 'in'));
    await wait(BATCH);
    // A busy sidebar still does not count once the new pane is known.
    document.getElementById('chats')!.append(document.createElement('li'));
    await wait(BATCH);
    expect(seen).toEqual([['from alex'], ['sam, just now']]);
  });

  it('treats a re-rendered list in the same chat as history', async () => {
    const { list } = chatPage('alex', [row('before', 'in')]);
    const { seen } = start();
    list.replaceChildren(row('before', 'in'), row('re-rendered', 'in'));
    await wait(BATCH);
    expect(seen).toEqual([]);
    list.append(row('new', 'in'));
    await wait(BATCH);
    expect(seen).toEqual([['new']]);
  });

  it('watches the whole document while no message box is known', async () => {
    document.body.innerHTML = '<div id="a"><div class="list"></div></div><div id="b"></div>';
    const list = document.querySelector('.list')!;
    const { seen, changes } = start(() => 'alex');
    list.append(row('first', 'in'));
    await wait(BATCH);
    const after = changes();
    document.getElementById('b')!.append(document.createElement('span'));
    await wait(BATCH);
    expect(changes()).toBe(after + 1);
    expect(seen).toEqual([['first']]);
  });

  it('stops for good', async () => {
    const { list } = chatPage('alex', [row('before', 'in')]);
    const { seen, changes } = start();
    stop?.();
    list.append(row('after stop', 'in'));
    await wait(BATCH);
    expect(seen).toEqual([]);
    expect(changes()).toBe(0);
  });
});

describe('newestRows', () => {
  it('walks back from the end to the given row, newest first', () => {
    const { list } = chatPage('alex');
    const rows = ['a', 'b', 'c', 'd'].map((text) => row(text, 'in'));
    list.append(...rows);
    const root = document.documentElement;
    expect(newestRows(root, '.row', rows[1]!, 10).map((el) => el.textContent)).toEqual(['d', 'c']);
    expect(newestRows(root, '.row', null, 3).map((el) => el.textContent)).toEqual(['d', 'c', 'b']);
    expect(newestRows(root, '.row', rows[3]!, 10)).toEqual([]);
  });
});
