// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingSpec } from '../sites/types';
import { watchPage } from './page-watch';

const spec: IncomingSpec = {
  row: '.row',
  text: (row) => (row.classList.contains('in') ? (row.textContent ?? '') : null),
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function row(text: string, direction: 'in' | 'out'): HTMLElement {
  const el = document.createElement('div');
  el.className = `row ${direction}`;
  el.textContent = text;
  return el;
}

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

function start(chat: () => string) {
  const seen: string[][] = [];
  let changes = 0;
  const watch = watchPage(
    document,
    () => spec,
    { onPageChanged: () => changes++, onIncoming: (texts) => seen.push(texts) },
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
    await wait(350);
    expect(seen).toEqual([['hey! how are you?']]);
    expect(changes()).toBeGreaterThan(0);

    // Older history loading above the newest row is not new.
    list.prepend(row('from last year', 'in'));
    await wait(350);
    expect(seen).toHaveLength(1);

    // A chat switch renders a whole history at once: none of it is a reply.
    chat = 'sam';
    list.replaceChildren(row('sam said this yesterday', 'in'), row('and this', 'in'));
    await wait(350);
    expect(seen).toHaveLength(1);

    list.append(row('are you there?', 'in'));
    await wait(350);
    expect(seen).toEqual([['hey! how are you?'], ['are you there?']]);
  });
});
