import { editorKindOf } from '../sites/dom';
import { readComposer, readComposerText } from '../sites/text';
import type { EditorKind } from '../sites/types';

const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 16));

/**
 * Finds where the phrase sits now: at the analyzer's offsets if the text did not move, else its
 * nearest occurrence.
 */
export function locatePhrase(text: string, phrase: string, start: number): number {
  if (text.slice(start, start + phrase.length) === phrase) return start;
  let best = -1;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best;
}

/**
 * Replaces text[start, start+length) with `replacement` through real editing input, so the
 * editor's own state (Lexical, Slate, Quill, React) follows. Returns false if the box did not end
 * up with the expected text.
 */
export async function replaceRange(
  composer: HTMLElement,
  start: number,
  length: number,
  replacement: string,
): Promise<boolean> {
  const before = readComposerText(composer);
  const expected = before.slice(0, start) + replacement + before.slice(start + length);
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    replaceInTextField(composer, start, length, replacement);
    return composer.value === expected;
  }
  const strategies = STRATEGIES[editorKindOf(composer)] ?? [insertByCommand, insertByBeforeInput];
  for (const insert of strategies) {
    composer.focus();
    if (!selectRange(composer, start, start + length)) return false;
    // Editors (Lexical, Slate) adopt the DOM selection on `selectionchange`, which fires after this task.
    await nextFrame();
    if (!selectRange(composer, start, start + length)) return false;
    insert(composer, replacement);
    await nextFrame();
    const now = readComposerText(composer);
    if (now === expected) return true;
    if (now !== before) return false; // it did something else: never pile a second edit on top
  }
  return false;
}

type Insert = (composer: HTMLElement, text: string) => void;

/** A trusted edit; Lexical, Quill and plain contenteditables follow it. */
const insertByCommand: Insert = (_composer, text) => {
  document.execCommand('insertText', false, text);
};

/** Slate ignores execCommand's DOM change but handles a beforeinput itself (and re-renders). */
const insertByBeforeInput: Insert = (composer, text) => {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  composer.dispatchEvent(
    new InputEvent('beforeinput', {
      inputType: 'insertText',
      data: text,
      dataTransfer: data,
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
};

/** Draft.js keeps its state only through paste/beforeinput handlers (chat-sites.md §1.5). */
const insertByPaste: Insert = (composer, text) => {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  composer.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }),
  );
};

const STRATEGIES: Partial<Record<EditorKind, Insert[]>> = {
  slate: [insertByBeforeInput, insertByCommand],
  draft: [insertByPaste, insertByCommand],
};

function selectRange(composer: HTMLElement, start: number, end: number): boolean {
  const read = readComposer(composer);
  const from = read.position(start, 'start');
  const to = read.position(end, 'end');
  const selection = composer.ownerDocument.getSelection();
  if (!from || !to || !selection) return false;
  const range = composer.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** React and Angular track a field's value: set it through the prototype's setter, then say so. */
function replaceInTextField(
  field: HTMLTextAreaElement | HTMLInputElement,
  start: number,
  length: number,
  replacement: string,
): void {
  const value = field.value.slice(0, start) + replacement + field.value.slice(start + length);
  const proto =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  field.focus();
  if (setter) setter.call(field, value);
  else field.value = value;
  const caret = start + replacement.length;
  field.setSelectionRange(caret, caret);
  field.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }),
  );
}
