import { describe, expect, it } from 'vitest';
import { shippedSources, withoutComments } from './source-files';

/** Patterns no shipped file may contain; each with why. */
const RULES: { name: string; pattern: RegExp }[] = [
  // Assigning markup from a value: only plain string literals (or nothing) are acceptable.
  {
    name: 'innerHTML/outerHTML from a value',
    pattern: /\.(inner|outer)HTML\s*\+?=\s*(?!\s*(['"])[^'"`$]*\2\s*;?\s*$)/m,
  },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\s*\(/ },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\.write(ln)?\s*\(/ },
  { name: 'eval', pattern: /(^|[^\w.$])eval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'string timer', pattern: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'remote script', pattern: /<script[^>]*\bsrc\s*=\s*['"]?(https?:)?\/\//i },
  { name: 'remote import', pattern: /\bimport\s*\(?\s*['"`](https?:)?\/\// },
  { name: 'importScripts', pattern: /\bimportScripts\s*\(/ },
  // The global fetch (a method of our own that happens to be called fetch is not one).
  {
    name: 'fetch',
    pattern: /(?<![\w$.])fetch\s*\((?![^)]*\)\s*(:[^{;]*)?\{)|\b(window|self|globalThis)\.fetch\b/,
  },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/ },
  { name: 'WebSocket', pattern: /\bWebSocket\b/ },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/ },
  { name: 'EventSource', pattern: /\bEventSource\b/ },
  { name: 'WebTransport/RTCPeerConnection', pattern: /\b(WebTransport|RTCPeerConnection)\b/ },
];

function violations(code: string): string[] {
  const clean = withoutComments(code);
  return RULES.filter((rule) => rule.pattern.test(clean)).map((rule) => rule.name);
}

describe('the detector', () => {
  it.each([
    ['el.innerHTML = userText;', 'innerHTML/outerHTML from a value'],
    ['el.innerHTML = `<b>${name}</b>`;', 'innerHTML/outerHTML from a value'],
    ['node.outerHTML += x', 'innerHTML/outerHTML from a value'],
    ['el.insertAdjacentHTML("beforeend", s)', 'insertAdjacentHTML'],
    ['<div dangerouslySetInnerHTML={{ __html: s }} />', 'dangerouslySetInnerHTML'],
    ['const r = eval(code);', 'eval'],
    ['const f = new Function("a", body);', 'new Function'],
    ['setTimeout("tick()", 10)', 'string timer'],
    ['<script src="https://cdn.example.com/x.js"></script>', 'remote script'],
    ['await import("https://esm.sh/preact")', 'remote import'],
    ['await fetch(url)', 'fetch'],
    ['window.fetch(url)', 'fetch'],
    ['const get = globalThis.fetch;', 'fetch'],
    ['return fetch(`/x/${id}`).then((r) => r.json());', 'fetch'],
    ['new XMLHttpRequest()', 'XMLHttpRequest'],
    ['new WebSocket(u)', 'WebSocket'],
    ['navigator.sendBeacon(u, d)', 'sendBeacon'],
    ['new EventSource(u)', 'EventSource'],
  ])('catches %s', (code, rule) => expect(violations(code)).toContain(rule));

  it.each([
    "el.innerHTML = '';",
    'el.textContent = userText;',
    '// never fetch() anything: everything is local',
    '/* no XMLHttpRequest, no WebSocket */',
    'const url = "https://web.whatsapp.com/*"; // a match pattern, not a request',
    'evaluate(x); prefetchAnalyzer();',
    'void this.fetch(ref); private async fetch(ref: Ref): Promise<void> {',
    '<script type="module" src="./main.tsx"></script>',
  ])('lets through %s', (code) => expect(violations(code)).toEqual([]));
});

describe('shipped source (src/, entrypoints/)', () => {
  const files = shippedSources();

  it('is found', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('has no dynamic markup, no eval, no remote code and no network API', () => {
    const found = files.flatMap(({ file, text }) => violations(text).map((rule) => `${file}: ${rule}`));
    expect(found).toEqual([]);
  });

  it('keeps storage out of content scripts (idb-keyval there writes to the website database)', () => {
    const contentSide = files.filter(({ file }) =>
      /^(src\/(guard|sites|analysis)\/|entrypoints\/[^/]*\.content(\/|\.))/.test(file),
    );
    const found = contentSide
      .filter(({ text }) => /from\s+['"](idb-keyval|[./]*\/storage(\/[^'"]*)?)['"]/.test(text))
      .map(({ file }) => file);
    expect(found).toEqual([]);
  });
});
