// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readComposer, readComposerText } from './text';

function editable(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('readComposerText', () => {
  it.each([
    ['Lexical paragraph', '<p dir="ltr"><span data-lexical-text="true">I miss you</span></p>', 'I miss you'],
    ['Lexical line break', '<p><span>one</span><br><span>two</span></p>', 'one\ntwo'],
    [
      'Lexical empty paragraph between two',
      '<p><span>a</span></p><p><br></p><p><span>b</span></p>',
      'a\n\nb',
    ],
    ['an empty editor', '<p><br></p>', ''],
    [
      'Slate with placeholder and zero-width leaf',
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-placeholder="true" contenteditable="false">Message @alex</span><span data-slate-zero-width="n">\ufeff<br></span></span></span></div>',
      '',
    ],
    [
      'Slate two blocks',
      '<div data-slate-node="element"><span>hi</span></div><div data-slate-node="element"><span>there</span></div>',
      'hi\nthere',
    ],
    ['Quill lines', '<p>first</p><p><br></p><p>third</p>', 'first\n\nthird'],
    ['nbsp typed at the end', '<p>see you\u00a0</p>', 'see you '],
    ['zero-width characters inside words', '<p>he\u200bllo</p>', 'hello'],
    ['an emoji image keeps its text', '<p>hi <img alt="🙂" src="x.png"></p>', 'hi 🙂'],
  ])('%s', (_name, html, expected) => {
    expect(readComposerText(editable(html))).toBe(expected);
  });

  it('reads a textarea value as is', () => {
    const area = document.createElement('textarea');
    area.value = 'line\nnext';
    expect(readComposerText(area)).toBe('line\nnext');
  });
});

describe('positions map text offsets back to the DOM', () => {
  it('finds a phrase across paragraphs and skips zero-width characters', () => {
    const root = editable('<p><span>ok</span></p><p><span>I m\u200biss you</span></p>');
    const read = readComposer(root);
    expect(read.text).toBe('ok\nI miss you');
    const start = read.text.indexOf('miss');
    const from = read.position(start, 'start')!;
    const to = read.position(start + 4, 'end')!;
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    expect(range.toString().replace(/\u200b/g, '')).toBe('miss');
  });

  it('an offset at the end of the text maps to the end of the last text node', () => {
    const root = editable('<p><span>abc</span></p>');
    const at = readComposer(root).position(3, 'end')!;
    expect(at.node.textContent).toBe('abc');
    expect(at.offset).toBe(3);
  });
});
