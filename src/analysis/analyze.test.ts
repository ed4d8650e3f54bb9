import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import type { Category, Stage } from './types';

const cats = (text: string, stage: Stage) =>
  [...new Set(analyze(text, { stage }).findings.map((f) => f.category))].sort();
const kinds = (text: string, stage: Stage = 1) => analyze(text, { stage }).signals.map((s) => s.kind);

describe('stage table of flags.md', () => {
  it.each<[string, Stage, Category[]]>([
    ['I still love you', 1, ['premature']],
    ['I still love you', 3, ['premature']],
    ['I still love you', 4, []],
    ['I still love you', 5, ['pushy']],
    ['I still love you', 6, []],
    ['want to grab coffee this week?', 1, ['premature']],
    ['want to grab coffee this week?', 2, []],
    ['want to get dinner friday?', 3, ['premature']],
    ['want to get dinner friday?', 4, []],
    ['can I call you?', 1, ['premature']],
    ['can I call you?', 2, []],
    ['can we talk about us?', 2, ['premature']],
    ['can we talk about us?', 3, []],
    ['call me now', 1, ['demanding', 'premature']],
    ['call me now', 2, ['demanding']],
    ['it was your fault we broke up', 2, ['blaming', 'premature']],
    ['it was your fault we broke up', 3, ['blaming']],
    ['so, have you decided?', 5, ['pushy']],
  ])('"%s" at stage %i → %j', (text, stage, expected) => {
    expect(cats(text, stage)).toEqual(expected);
  });
});

describe('what must not be flagged', () => {
  it.each([
    'I thought of you when I heard "I Will Always Love You"',
    "I'm not asking to get back together",
    'no pressure to answer',
    'I love this song',
    'my boss says I have to work Saturday',
    'you have to see this video',
    'you need to hear this song',
    'would you like to get coffee sometime? no worries if not',
    'let me know if you would like the book back',
    'hope your mum is doing better',
    'drive safe',
    "don't forget your umbrella",
    'you made me try kimchi, this is your fault 😂',
  ])('"%s" is benign in stage 2', (text) => {
    expect(analyze(text, { stage: 2 }).findings).toEqual([]);
  });

  it('disclaimers only excuse what they cancel', () => {
    expect(cats('no pressure but I still love u', 2)).toEqual(['premature']);
    expect(cats("I'm not blaming you, I'm just saying you never listened", 3)).toEqual(['blaming']);
    expect(cats("sorry for being 'too much' apparently", 3)).toEqual(['blaming']);
  });
});

describe('offsets and phrases', () => {
  it('point into the original text, even through texting forms and invisible characters', () => {
    const text = 'heyyy 👋🏽 hope ur good.\u200B pleeease ANSWER\u200B ME rn!!! i still luv u';
    const { findings } = analyze(text, { stage: 1 });
    expect(findings.length).toBeGreaterThanOrEqual(2);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(findings.map((f) => f.phrase)).toContain('i still luv u');
    expect(findings.some((f) => f.phrase.startsWith('ANSWER'))).toBe(true);
  });

  it('reports only the offending sentence of a multi-sentence draft', () => {
    const text =
      'Hope work is going well. I saw your sister at the market. Why are you ignoring me? Anyway, take care.';
    const { findings } = analyze(text, { stage: 2 });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.phrase).toBe('Why are you ignoring me');
    expect(findings[0]?.reason).toMatch(/Stage 2/);
    expect(findings[0]?.suggestions.length).toBeGreaterThan(0);
  });

  it('reports a repeated sentence at each of its places', () => {
    const text = 'answer me. hope you are well. answer me.';
    const { findings } = analyze(text, { stage: 2 });
    expect(findings.map((f) => [f.start, f.end])).toEqual([
      [0, 9],
      [30, 39],
    ]);
  });

  it('honours disabled rules', () => {
    expect(analyze('answer me', { stage: 1, disabledRules: ['reply-command'] }).findings).toEqual([]);
  });
});

describe('bad input', () => {
  it('empty and whitespace give nothing', () => {
    expect(analyze('', { stage: 1 })).toEqual({ findings: [], signals: [] });
    expect(analyze('  \n\t ', { stage: 3 })).toEqual({ findings: [], signals: [] });
  });

  it('a 100 kB paste finishes in bounded time and says it was cut', () => {
    const text = 'I still love you and I think about it every day. '.repeat(2100);
    const t0 = performance.now();
    const { findings, signals } = analyze(text, { stage: 1 });
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(findings.length).toBeGreaterThan(0);
    expect(signals.map((s) => s.kind)).toEqual(expect.arrayContaining(['truncated', 'wall-of-text']));
  });

  it('emoji-only, RTL and markup-like text do not crash', () => {
    expect(analyze('😂😂😂 ❤️', { stage: 1 }).findings).toEqual([]);
    const rtl = analyze('אני עדיין אוהב אותך', { stage: 1 });
    expect(rtl.findings).toEqual([]);
    expect(rtl.signals.map((s) => s.kind)).toContain('not-english');
    expect(cats('<b>answer me</b>', 1)).toEqual(['pushy']);
    expect(analyze('<script>alert(1)</script> hi', { stage: 1 }).findings).toEqual([]);
  });

  it('Spanish, French and German flag nothing and say they are not English', () => {
    for (const text of [
      'te quiero, por favor contesta mis mensajes',
      "je t'aime encore, réponds-moi s'il te plaît",
      'ich liebe dich immer noch, bitte antworte mir',
    ]) {
      const a = analyze(text, { stage: 1 });
      expect(a.findings).toEqual([]);
      expect(a.signals.map((s) => s.kind)).toContain('not-english');
    }
  });

  it('words that name object properties are just words', () => {
    expect(analyze('constructor toString __proto__ hasOwnProperty valueOf', { stage: 1 }).findings).toEqual(
      [],
    );
    expect(cats('constructor, answer me', 1)).toEqual(['pushy']);
  });

  it('rejects a stage outside 1-6', () => {
    expect(() => analyze('hi', { stage: 9 as Stage })).toThrow(/stage/);
  });
});

describe('signals, never findings', () => {
  it('shouting: capitals and runs of ! or ?', () => {
    expect(kinds('WHY ARE YOU LIKE THIS')).toContain('shouting');
    expect(kinds('hello???')).toContain('shouting');
    expect(kinds('ok!!!')).toContain('shouting');
    expect(kinds('I saw the NBA game on TV')).not.toContain('shouting');
    expect(analyze('hello???', { stage: 1 }).findings).toEqual([]);
  });

  it('wall of text where the stage asks for a light touch', () => {
    const long = 'I wanted to tell you about my week and the trip. '.repeat(10);
    expect(kinds(long, 1)).toContain('wall-of-text');
    expect(kinds(long, 3)).not.toContain('wall-of-text');
    expect(kinds('hope you are well!', 1)).not.toContain('wall-of-text');
  });
});
