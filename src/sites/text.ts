/**
 * Reads a composer's text the way the user sees it, and maps text offsets back to DOM positions
 * so a phrase can be selected for replacement. Editors' artefacts (Slate placeholders,
 * zero-width characters, trailing <br> placeholders) are left out.
 */

const ZERO_WIDTH = /[\u200b\u200c\u2060\ufeff]/;
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'SECTION',
  'ARTICLE',
]);
const SKIP =
  '[contenteditable="false"],[data-slate-placeholder],[aria-hidden="true"],.ql-clipboard,style,script';

interface Piece {
  node: Text;
  /** Offset in the read text of this piece's first character. */
  start: number;
  /** For each character kept, its offset inside node.data. */
  offsets: number[];
}

export interface ComposerText {
  text: string;
  /** DOM position for a text offset (contenteditable only). */
  position(offset: number, affinity: 'start' | 'end'): { node: Node; offset: number } | null;
}

export function readComposer(el: HTMLElement): ComposerText {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    return { text: el.value, position: () => null };
  }
  return readEditable(el);
}

export function readComposerText(el: HTMLElement): string {
  return readComposer(el).text;
}

export function readEditable(root: HTMLElement): ComposerText {
  let out = '';
  const pieces: Piece[] = [];
  let emitted = false;
  let pendingBreak = false;
  const emit = (s: string): void => {
    if (pendingBreak) {
      out += '\n';
      pendingBreak = false;
    }
    out += s;
    emitted = true;
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const text = node as Text;
      const data = text.data;
      if (data === '') return;
      if (!ZERO_WIDTH.test(data)) {
        emit('');
        pieces.push({ node: text, start: out.length, offsets: identity(data.length) });
        out += data.replace(/\u00a0/g, ' ');
        return;
      }
      const offsets: number[] = [];
      let kept = '';
      for (let i = 0; i < data.length; i++) {
        const ch = data[i]!;
        if (ZERO_WIDTH.test(ch)) continue;
        offsets.push(i);
        kept += ch === '\u00a0' ? ' ' : ch;
      }
      if (kept === '') return;
      emit('');
      pieces.push({ node: text, start: out.length, offsets });
      out += kept;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el !== root && el.matches(SKIP)) return;
    if (el.tagName === 'BR') {
      // A <br> that ends its block only keeps an empty line open; a lone one is an empty line.
      if (isLastInBlock(el)) {
        if (!hasTextBefore(el)) emit('');
        return;
      }
      emit('\n');
      return;
    }
    if (el.tagName === 'IMG') {
      const alt = el.getAttribute('data-plain-text') ?? el.getAttribute('alt');
      if (alt) emit(alt);
      return;
    }
    const block = el !== root && BLOCK_TAGS.has(el.tagName);
    if (block && emitted) pendingBreak = true;
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block && emitted) pendingBreak = true;
  };
  visit(root);
  return { text: out, position: (offset, affinity) => locate(pieces, offset, affinity) };
}

function identity(n: number): number[] {
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

function blockOf(el: Element): Element | null {
  let p = el.parentElement;
  while (p && !BLOCK_TAGS.has(p.tagName) && !p.hasAttribute('contenteditable')) p = p.parentElement;
  return p;
}

function isLastInBlock(br: Element): boolean {
  const block = blockOf(br);
  if (!block) return false;
  for (let n: Node | null = br; n && n !== block; n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 1 && !(s as Element).matches(SKIP)) return false;
      if (s.nodeType === 3 && (s as Text).data.replace(/[\u200b\u2060\ufeff]/g, '') !== '') return false;
    }
  }
  return true;
}

function hasTextBefore(br: Element): boolean {
  const block = blockOf(br);
  if (!block) return false;
  const text = block.textContent ?? '';
  return text.replace(/[\u200b\u2060\ufeff]/g, '') !== '';
}

function locate(
  pieces: Piece[],
  offset: number,
  affinity: 'start' | 'end',
): { node: Node; offset: number } | null {
  let best: { node: Node; offset: number } | null = null;
  for (const piece of pieces) {
    const end = piece.start + piece.offsets.length;
    if (offset < piece.start) break;
    if (offset > end) continue;
    if (offset === end) {
      const last = piece.offsets[piece.offsets.length - 1]!;
      best = { node: piece.node, offset: last + 1 };
      if (affinity === 'end') return best;
      continue;
    }
    return { node: piece.node, offset: piece.offsets[offset - piece.start]! };
  }
  return best;
}
