import nlp from 'compromise';

/**
 * Texting-style input is rewritten into plain English for the grammar matcher, while every
 * character of the rewritten text remembers which span of the original it came from. Findings are
 * computed on the rewritten text and mapped back, so `text.slice(start, end)` is always the phrase
 * the user typed ("u" stays "u", "pleeease" stays "pleeease").
 */
export interface Normalised {
  text: string;
  /** For each char of `text`: start offset (UTF-16) of the original span it stands for. */
  from: Int32Array;
  /** For each char of `text`: end offset of that original span. */
  to: Int32Array;
}

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one
  .lexicon;

/** Texting shorthands with one unambiguous reading. Context-dependent ones are handled below. */
const SHORTHAND: Record<string, string> = {
  u: 'you',
  ya: 'you',
  yu: 'you',
  r: 'are',
  pls: 'please',
  plz: 'please',
  pleas: 'please',
  rn: 'right now',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrow: 'tomorrow',
  '2nite': 'tonight',
  tonite: 'tonight',
  '2day': 'today',
  luv: 'love',
  ily: 'i love you',
  ilu: 'i love you',
  ilysm: 'i love you so much',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  b4: 'before',
  abt: 'about',
  bout: 'about',
  wat: 'what',
  wut: 'what',
  txt: 'text',
  msg: 'message',
  msgs: 'messages',
  ppl: 'people',
  hv: 'have',
  dont: "don't",
  cant: "can't",
  wont: "won't",
  im: "i'm",
  ive: "i've",
  youre: "you're",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  werent: "weren't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  aint: "ain't",
  thats: "that's",
  whats: "what's",
  theyre: "they're",
  youll: "you'll",
  youve: "you've",
  youd: "you'd",
  lets: "let's",
  idk: "i don't know",
  ngl: 'not gonna lie',
  tbh: 'honestly',
};

/** Words after "ur" that make it "you're" rather than "your". */
const YOURE_NEXT = new Set([
  'a',
  'an',
  'the',
  'so',
  'not',
  'such',
  'being',
  'always',
  'never',
  'still',
  'just',
  'really',
  'too',
  'very',
  'my',
  'gonna',
  'going',
  'literally',
  'only',
  'mine',
  'all',
  'right',
  'wrong',
  'sure',
  'welcome',
]);

/** "its been", "its ur fault": texting "its" is "it's" unless a noun follows ("its paw"). */
const ITS_NEXT =
  /^(Adverb|Adjective|Determiner|Copula|Preposition|Possessive|Pronoun|Negative|Gerund|PastTense|Participle|been|ur|u|not|so|all|just|too|really|only|like|always|never|over|ok|okay|fine|time|hard|late|true|getting|going)$/;
/** "ill do", "ill call": texting "ill" is "i'll" before a verb or adverb, not "ill" as in sick. */
const ILL_NEXT =
  /^(Infinitive|Adverb|Negative|Modal|do|be|call|text|see|go|keep|try|wait|make|get|come|tell|send|show|let|give|take|miss|love|stop|never|always|just|probably|still|book|bring|pick|check|think|ask)$/;

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/;
const MARKUP = /<\/?[A-Za-z][^<>\n]{0,80}>/y;
const WORD = /[A-Za-z0-9']+/y;

const has = (o: object, k: string) => Object.hasOwn(o, k);

function isKnown(word: string): boolean {
  return has(lexicon, word) || has(SHORTHAND, word);
}

function tagOf(word: string): string {
  if (!has(lexicon, word)) return '';
  const t = lexicon[word];
  return Array.isArray(t) ? (t[0] ?? '') : (t ?? '');
}

/** "pleeease" → "please", "sooo" → "so", "sorrryyy" → "sorry": try 1 or 2 letters per stretched run. */
export function unstretch(word: string): string {
  const runs = [...word.matchAll(/([a-z])\1{2,}/g)];
  if (runs.length === 0) return word;
  const limited = runs.slice(0, 4);
  const combos = 1 << limited.length;
  let fallback = '';
  for (let mask = 0; mask < combos; mask++) {
    let out = '';
    let last = 0;
    limited.forEach((m, i) => {
      const letter = m[1] as string;
      out += word.slice(last, m.index) + letter.repeat(mask & (1 << i) ? 2 : 1);
      last = (m.index ?? 0) + m[0].length;
    });
    out += word.slice(last);
    out = out.replace(/([a-z])\1{2,}/g, '$1');
    if (mask === 0) fallback = out;
    if (isKnown(out)) return out;
  }
  return fallback;
}

const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'them', 'us', 'it']);
const SUBJECT_NEXT = new Set(['you', 'u', 'we', 'they', 'he', 'she', 'i', 'there', 'it']);

/** Texting "were" for "we're": after an object pronoun or a verb/adverb ("i think were meant to be"). */
function isWeAre(prevWord: string, nextWord: string): boolean {
  if (SUBJECT_NEXT.has(nextWord)) return false;
  if (prevWord === '') return true;
  if (OBJECT_PRONOUNS.has(prevWord)) return true;
  return /^(Infinitive|PresentTense|Adverb|Conjunction|Expression)$/.test(tagOf(prevWord));
}

function rewriteWord(raw: string, nextWord: string, prevWord = ''): string {
  const allCaps = raw.length > 1 && raw === raw.toUpperCase() && /[A-Z]/.test(raw);
  const lower = raw.toLowerCase();
  let word = unstretch(lower);
  if (word === 'ur')
    word =
      YOURE_NEXT.has(nextWord) || nextWord.endsWith('ing') || tagOf(nextWord) === 'Adjective'
        ? "you're"
        : 'your';
  else if (word === 'y' && (nextWord === 'u' || nextWord === 'you' || nextWord === 'r')) word = 'why';
  else if (word === 'its' && (ITS_NEXT.test(tagOf(nextWord)) || ITS_NEXT.test(nextWord))) word = "it's";
  else if (word === 'were' && isWeAre(prevWord, nextWord)) word = "we're";
  else if (
    word === 'id' &&
    (ILL_NEXT.test(tagOf(nextWord)) || ILL_NEXT.test(nextWord) || /^(love|like|rather)$/.test(nextWord))
  )
    word = "i'd";
  else if (word === 'ill' && (ILL_NEXT.test(tagOf(nextWord)) || ILL_NEXT.test(nextWord))) word = "i'll";
  else if (has(SHORTHAND, word)) word = SHORTHAND[word] as string;
  if (word === lower && !allCaps) return raw;
  return word;
}

export function normalise(original: string): Normalised {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (s: string, a: number, b: number) => {
    for (const ch of s) {
      for (let k = 0; k < ch.length; k++) {
        out.push(ch[k] as string);
        from.push(a);
        to.push(b);
      }
    }
  };
  let i = 0;
  let prevWord = '';
  const n = original.length;
  while (i < n) {
    const ch = original[i] as string;
    if (INVISIBLE.test(ch)) {
      i++;
      continue;
    }
    if (ch === '<') {
      MARKUP.lastIndex = i;
      const m = MARKUP.exec(original);
      if (m) {
        // markup is a word break, nothing more
        push(' ', i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    if (ch === '\u2019' || ch === '\u02BC') {
      // curly apostrophe inside a word reads as a plain one
      const inWord = /[A-Za-z]/.test(original[i - 1] ?? '') && /[A-Za-z]/.test(original[i + 1] ?? '');
      push(inWord ? "'" : ch, i, i + 1);
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = /[A-Za-z0-9]/.test(ch) ? WORD.exec(original) : null;
    if (m) {
      // strip zero-width characters hidden inside a word before reading it
      let end = i + m[0].length;
      let raw = m[0];
      while (INVISIBLE.test(original[end] ?? '') && /[A-Za-z0-9']/.test(original[end + 1] ?? '')) {
        WORD.lastIndex = end + 1;
        const more = WORD.exec(original);
        if (!more) break;
        raw += more[0];
        end = end + 1 + more[0].length;
      }
      const rest = original.slice(end, end + 40);
      const next = /^\W*([A-Za-z']+)/.exec(rest)?.[1]?.toLowerCase() ?? '';
      const word = rewriteWord(raw, next, prevWord);
      prevWord = raw.toLowerCase();
      if (word === raw && end === i + raw.length) {
        for (let k = i; k < end; k++) push(original[k] as string, k, k + 1);
      } else {
        push(word, i, end);
      }
      i = end;
      continue;
    }
    // sentence punctuation ends the previous word's reach
    if (/[.!?\n]/.test(ch)) prevWord = '';
    push(ch, i, i + 1);
    i++;
  }
  return { text: out.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** Map a [start, end) span of the normalised text back to the original. */
export function toOriginal(norm: Normalised, start: number, end: number): [number, number] {
  const s = norm.from[start] ?? 0;
  const e = norm.to[Math.max(start, end - 1)] ?? s;
  return [s, e];
}
