/**
 * Does an incoming message ask the user for no contact ("please stop texting me", "leave me alone",
 * "I've moved on", "don't contact me again")? Pure: the content script runs it on the message it saw
 * and only tells the background the boolean, never the text.
 *
 * A phrase alone is not enough: "leave me alone with this pizza lol", "don't contact me before 9" and
 * "I'm moving on to the next episode" are not boundaries. Each pattern therefore names a core phrase,
 * what may stand before it in its clause (an imperative opener, or a plain first-person statement, never
 * a negation, a hedge or someone else's words), and what may follow it (only words that make it final:
 * "again", "anymore", "for good", "from you"...). A clause that keeps going ("...before 9", "...to the
 * next episode") is about something else.
 */

const JOKE = /\b(lol+|lmf?ao+|rofl|ha(ha)+|he(he)+|jk|just kidding|kidding)\b|[😂🤣😜😝😆😹🙃]/u;

/** Openers allowed before a request aimed at the reader ("please just leave me alone"). */
const REQUEST_OPENERS = [
  "i(?: am|'m) asking you to",
  'i (?:need|want) you to',
  'i told you to',
  'i said',
  'you (?:need|have) to',
  '(?:can|could|would|will) you(?: please)?',
  "why (?:won't|can't|don't) you",
  'for real',
  'please',
  'kindly',
  'just',
  'seriously',
  'honestly',
  'look',
  'listen',
  'ok(?:ay)?',
  'now',
  'so',
  'omg',
  'god',
  'ugh',
  'again',
  'then',
  'i beg you',
];

/** Openers allowed before a first-person statement ("honestly, I think I've moved on"). */
const STATEMENT_OPENERS = [
  'to be honest',
  'the truth is',
  'the thing is',
  'i think',
  'i guess',
  "i(?: have|'ve)? reali[sz]ed",
  'i just',
  'i mean',
  'tbh',
  'honestly',
  'look',
  'listen',
  'ok(?:ay)?',
  'so',
  'well',
  'yeah',
  'yes',
  'no',
  'sorry',
  'just',
  'really',
  'now',
];

/** Words that make a request final rather than qualify it. */
const FINAL_TAIL = [
  'ever again',
  'again',
  'anymore',
  'any more',
  'ever',
  'at all',
  'for good',
  'forever',
  'for now',
  'for a while',
  'right now',
  'now',
  'please',
  'already',
  'seriously',
  'i mean it',
  'ok(?:ay)?',
  'thanks',
  'thank you',
];

/** Permanence markers: a bare "don't text me" needs one unless nothing else follows it. */
const PERMANENT = /\b(again|anymore|any more|ever|at all|for good|forever|for now|for a while)\b/;

/** Whole trailing clauses that do not change what was asked ("..., please.", "... Bye."). */
const CLOSER =
  /^(please|thanks|thank you|ok(ay)?|bye|goodbye|take care|seriously|i mean it|for real|good ?bye)$/;

const ME = 'me';
const CONTACT_VERB =
  '(?:text|txt|message|msg|dm|contact|call|email|e-mail|write to|reach out to|speak to|talk to|ring)';
const CONTACT_ING =
  '(?:texting|txting|messaging|msging|dming|contacting|calling|emailing|writing to|writing|reaching out to|bothering|harassing|pestering)';

type Pattern = {
  core: RegExp;
  /** What may precede the core in its clause. */
  openers: readonly string[];
  /** Extra allowed tails besides FINAL_TAIL. */
  tails?: readonly string[];
  /** Bare forms must be the last thing said, or carry a permanence marker. */
  weak?: boolean;
};

const PATTERNS: Pattern[] = [
  { core: /\bi want nothing (?:more )?to do with you\b/, openers: STATEMENT_OPENERS },
  { core: /\bi (?:don't|do not) want you in my life\b/, openers: STATEMENT_OPENERS },
  { core: new RegExp(`\\bstop ${CONTACT_ING} ${ME}\\b`), openers: REQUEST_OPENERS },
  {
    core: /\bstop (?:reaching out|contacting|texting|messaging)\b(?! (?:me|him|her|them|us|people))/,
    openers: REQUEST_OPENERS,
  },
  {
    core: new RegExp(`\\b(?:don't|do not|dont|never) (?:ever )?${CONTACT_VERB} ${ME}\\b`),
    openers: REQUEST_OPENERS,
    weak: true,
  },
  { core: /\bleave me (?:the hell |the fuck )?(?:alone|be)\b/, openers: REQUEST_OPENERS },
  { core: /\bstay away from me\b/, openers: REQUEST_OPENERS, weak: true },
  { core: /\bstop trying to (?:contact|reach|text|call|talk to|message) me\b/, openers: REQUEST_OPENERS },
  {
    core: /\b(?:don't|do not|never) (?:ever )?(?:try to )?reach out(?: to me)?\b/,
    openers: REQUEST_OPENERS,
    weak: true,
  },
  {
    core: /\bmove on\b/,
    openers: [
      'you (?:need|have) to',
      'please',
      'just',
      'i need you to',
      'i want you to',
      'you should',
      "it's time (?:for you )?to",
    ],
    tails: ['from me', 'from us', 'from this', 'with your life'],
    weak: true,
  },
  { core: /\b(?:lose|delete|forget) my number\b/, openers: REQUEST_OPENERS },
  {
    core: /\b(?:give me|i need) (?:some )?space\b/,
    openers: [...REQUEST_OPENERS, ...STATEMENT_OPENERS],
    tails: ['from you', 'from us', 'from this', 'from all this'],
  },
  {
    core: /\bi(?:'ve| have|'m| am)? (?:moved|moving) on\b/,
    openers: STATEMENT_OPENERS,
    tails: [
      'from (?:you|us|this|that|it|what we had|the relationship|our relationship|everything)',
      'with my life',
      'completely',
      'fully',
    ],
  },
  {
    core: /\bi (?:need|want|have) to move on\b/,
    openers: STATEMENT_OPENERS,
    tails: ['from (?:you|us|this|that|it|what we had|the relationship|our relationship)', 'with my life'],
  },
  {
    core: /\bi (?:don't|do not|dont) want to (?:hear from|talk to|speak to|see|be contacted by) you\b/,
    openers: STATEMENT_OPENERS,
  },
  {
    core: /\bi (?:don't|do not|dont) want (?:any )?(?:contact|to be contacted)\b/,
    openers: STATEMENT_OPENERS,
    tails: ['with you', 'from you'],
  },
  {
    core: /\bi(?:'m| am)(?: going to| gonna)? block(?:ing)? you\b/,
    openers: STATEMENT_OPENERS,
    tails: ['(?:everywhere|on everything)'],
  },
  {
    core: /\bi(?:'ve| have)? blocked (?:you|your number)\b/,
    openers: STATEMENT_OPENERS,
    tails: ['(?:everywhere|on everything)'],
  },
  { core: /\bi(?:'ll| will) block you\b/, openers: STATEMENT_OPENERS },
  {
    core: /\bwe(?:'re| are) (?:done|over|finished)\b/,
    openers: STATEMENT_OPENERS,
    tails: ['for good', 'forever'],
  },
  { core: /\bit(?:'s| is) over between us\b/, openers: STATEMENT_OPENERS },
];

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\bpl[sz]\b/g, 'please')
    .replace(/\bu\b/g, 'you')
    .replace(/\bim\b/g, "i'm")
    .replace(/\bive\b/g, "i've")
    .replace(/\bdont\b/g, "don't")
    .replace(/\bany ?more\b/g, 'anymore');
}

/** Clauses end at punctuation, line breaks and the conjunctions that start a new thought. */
function clauses(text: string): string[] {
  return text
    .split(/[.!?;,:\n\u2026()]+|\s(?:and|but|because|cause|cuz|so that|or)\s|\s[-\u2013\u2014]\s/)
    .map((c) => c.replace(/["“”]/g, '').replace(/\s+/g, ' ').trim())
    .filter((c) => c.length > 0);
}

function onlyFrom(rest: string, alternatives: readonly string[]): boolean {
  if (rest === '') return true;
  const re = new RegExp(`^(?:(?:${alternatives.join('|')})\\b\\s*)+$`);
  return re.test(rest);
}

function clauseMatches(clause: string, pattern: Pattern): { matched: boolean; bare: boolean } {
  const m = pattern.core.exec(clause);
  if (!m) return { matched: false, bare: false };
  const before = clause.slice(0, m.index).trim();
  const after = clause.slice(m.index + m[0].length).trim();
  if (!onlyFrom(before, pattern.openers)) return { matched: false, bare: false };
  if (!onlyFrom(after, [...FINAL_TAIL, ...(pattern.tails ?? [])])) return { matched: false, bare: false };
  return { matched: true, bare: !PERMANENT.test(after) };
}

/**
 * Every pattern's core in one expression. A clause is a stretch of the text with quotes dropped and
 * spaces collapsed, so a core no clause could match is not in the text cleaned the same way. Most
 * replies contain no core: they are answered here without compiling or running the rest.
 */
const ANY_CORE = new RegExp(PATTERNS.map((p) => `(?:${p.core.source})`).join('|'));

/** True when the message asks the reader (the user) for no contact. */
export function detectBoundary(text: string): boolean {
  if (!text || text.length > 5000) return false;
  const normalized = normalize(text);
  if (!ANY_CORE.test(normalized.replace(/["“”]/g, '').replace(/\s+/g, ' '))) return false;
  if (JOKE.test(normalized)) return false;
  const parts = clauses(normalized);
  for (let i = 0; i < parts.length; i++) {
    const clause = parts[i]!;
    for (const pattern of PATTERNS) {
      const { matched, bare } = clauseMatches(clause, pattern);
      if (!matched) continue;
      if (pattern.weak && bare && !parts.slice(i + 1).every((rest) => CLOSER.test(rest))) continue;
      return true;
    }
  }
  return false;
}
