/**
 * Named context checks shared by all rules. An *excuse* cancels a match (it is quoted, negated,
 * softened, a joke...); requirements live in requirements.ts. Rules name them; nothing here knows rules.
 */
import { AIM_EXCUSES } from './aim';
import {
  CLAUSE_PUNCT,
  clauseEnd,
  clauseStart,
  type MatchContext,
  type Term,
  textBetween,
  wordOf,
  wordsBetween,
} from './clause';

export type { MatchContext, Term } from './clause';
export { clauseEnd, clauseStart, wordOf } from './clause';
export { REQUIREMENTS, type Requirement } from './requirements';

const CONDITIONALS = new Set(['if', 'unless', 'until', 'till', 'when', 'whether']);
const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nothing', 'nobody', 'none', 'neither', 'nor']);
/** After these a negation is about the speaker's own mind or manner, not the flagged content. */
const NON_CANCELLING = new Set([
  'know',
  'think',
  'mean',
  'get',
  'understand',
  'believe',
  'remember',
  'lie',
  'gonna',
  'going',
  'help',
  'wait',
  'sure',
  'care',
  'see',
  'realize',
  'realise',
  'matter',
  'offense',
  'offence',
  'joke',
  'kidding',
  'idea',
  'blame',
  'blaming',
  'dare',
  'angry',
  'try',
  'mad',
  'upset',
  'bitter',
]);

const FUNCTION_TAGS = ['Auxiliary', 'Copula', 'Modal', 'Adverb', 'Negative', 'Determiner'];

/** The first word after `from` that is not an auxiliary or adverb ("not really gonna *lie*"). */
function firstContentWord(terms: readonly Term[], from: number, until: number): string {
  for (let k = from; k < Math.min(until, from + 4); k++) {
    const t = terms[k] as Term;
    const w = wordOf(t);
    if (NON_CANCELLING.has(w)) return w;
    if (!FUNCTION_TAGS.some((tag) => t.tags.has(tag)) && w !== 'to' && w !== 'even') return w;
  }
  return '';
}

/** A negation or disclaimer earlier in the same clause ("I'm not asking to get back together"). */
function negated(c: MatchContext): boolean {
  const clause = clauseStart(c.terms, c.start);
  const from = Math.max(clause, c.start - 6);
  let conditional = c.terms.slice(clause, from).some((t) => CONDITIONALS.has(wordOf(t)));
  for (let i = from; i < c.start; i++) {
    const t = c.terms[i] as Term;
    // "if you don't answer, I'm coming over": the negation sits in the condition, not the threat
    if (CONDITIONALS.has(wordOf(t))) conditional = true;
    if (conditional || !(t.tags.has('Negative') || NEGATORS.has(wordOf(t)))) continue;
    if (NON_CANCELLING.has(firstContentWord(c.terms, i + 1, c.start + 1))) continue;
    return true;
  }
  return false;
}

/** Inside quotation marks: a title, a lyric, someone else's words. */
function quoted(c: MatchContext): boolean {
  return c.quoteSpans.some(([a, b]) => c.origStart >= a && c.origStart < b);
}

const isTitleCased = (s: string) => /^[A-Z][a-z']+$/.test(s);

/** Title Case run inside a sentence: a song or film name ("heard I Will Always Love You today"). */
function title(c: MatchContext): boolean {
  let capitals = 0;
  let words = 0;
  for (let i = c.start; i < c.end; i++) {
    const raw = c.originalOf(i);
    if (!raw) continue;
    words++;
    if (i > 0 && raw !== 'I' && isTitleCased(raw)) capitals++;
  }
  return capitals >= 2 && capitals * 2 >= words;
}

const SOFTENERS =
  /\b(would you (like|want|be up for|be down|be open|maybe)|could we maybe|maybe we could|if you('d| would)? (want|like|feel like|are up for|have time|get a chance|can|are free|ever)|when(ever)? you('re| are)? (get a chance|have (a|the) (moment|minute|sec|second|chance|time)|can|feel (like it|ready)|ready|free)|no rush|only if|feel free|if that's ok|no worries if not|if it's ok|if you're (comfortable|ok|okay|up for it)|if (you're|you are|ur) not (too )?(busy|tired|wiped|exhausted))\b/;

/** Softened request: "would you like to...", "call me when you get a chance". */
function softened(c: MatchContext): boolean {
  const from = clauseStart(c.terms, c.start);
  return SOFTENERS.test(textBetween(c.terms, from, c.terms.length));
}

const CARE =
  /\b(if you need (anything|something|help|me|to talk)|when you (get|got|are|make it) (home|back|there|in)|when you (land|arrive|wake up)|(get|got|getting) home safe|if anything happens|if you('re| are)? (ever )?in trouble|drive safe|be safe)\b/;

/** Care, not control: "text me when you get home", "call me if you need anything". */
function care(c: MatchContext): boolean {
  return CARE.test(textBetween(c.terms, c.start, c.terms.length));
}

const JOKE =
  /(\bl+o+l+z?\b|\blmf?ao+\b|\bha(ha)+h?\b|\bhe(he)+\b|\bjk\b|\bjust kidding\b|\bkidding\b|\bjoking\b|[\u{1F602}\u{1F923}\u{1F606}\u{1F61C}\u{1F61D}\u{1F61B}\u{1F609}\u{1F605}\u{1F92A}])/iu;

/** Obvious joke markers at or after the phrase ("this is your fault 😂"); a leading "lol" is nerves. */
function joking(c: MatchContext): boolean {
  return JOKE.test(c.afterStart);
}

const PRAISE =
  /^(\w+ ){0,3}(laugh|smile|happy|happier|how to|the best|so good|so kind|good|great|kind|sweet|there for|amazing|beautiful|fun|funny|smart|patient|thoughtful|a smile|my day|me feel (like (the|a|i)|good|better|special|safe|loved|seen|heard|wanted|important|lucky)|forgave|forgive|made time|make time|said i|said you|look (so )?(good|great|gorgeous|beautiful|amazing|cute|lovely)|made me feel (welcome|at home|safe|loved|special|seen)|look after|looked after|took care|take care|knew how|know how|supported|believed in|showed up for|had my back|have my back|remember|remembered|cheer me up|patience|support|kindness|credit|grace|benefit of the doubt|space)\b/;
const IDIOMS = /^(know|know what|have to|need to (apologi[sz]e|worry)|fail|let me down|disappoint)\b/;

/** Warmth in the same sentence ("you always nail it", "...i love it") marks praise. */
const WARM =
  /\b(i love (it|that)|love that about you|thank you|thanks|amazing|proud of you|the best|nail(ed)? it|so good at|bigger heart|grateful|keep (them|it|em) coming)\b|\u2764|\u{1F60D}|\u{1F970}|\u{1F495}/iu;

/** "you always make me laugh", "you never fail to...": praise, not blame. */
function praise(c: MatchContext): boolean {
  if (WARM.test(c.afterStart) && !/\b(never|not|but|though|tho)\b/i.test(c.afterStart)) return true;
  const after = textBetween(c.terms, c.end - 1, clauseEnd(c.terms, c.end - 1) + 1);
  const rest = textBetween(c.terms, c.end, clauseEnd(c.terms, c.end - 1));
  if (IDIOMS.test(after) || IDIOMS.test(rest)) return true;
  // "you were never there for me" is blame, whatever follows
  if (wordsBetween(c.terms, c.start, c.end).some((w) => w === 'never' || w === 'not')) return false;
  return PRAISE.test(after) || PRAISE.test(rest);
}

/** Negated right after the phrase: "you owe me nothing". */
function negatedAfter(c: MatchContext): boolean {
  return ['nothing', 'no', 'none', 'not', 'never'].includes(wordOf(c.terms[c.end]));
}

/** The match runs over a comma or clause break ("i still love you, always will"). */
function spansClauses(c: MatchContext): boolean {
  for (let i = c.start; i < c.end - 1; i++) if (CLAUSE_PUNCT.test((c.terms[i] as Term).post)) return true;
  return false;
}

const SAYING = new Set([
  'said',
  'told',
  'accused',
  'claimed',
  'wrote',
  'texted',
  'asking',
  'asked',
  'asks',
  'wondering',
  'wonders',
]);

/** Reported words, often retracted: "i know i said u never cared, but that was my anger talking". */
function reported(c: MatchContext): boolean {
  const from = clauseStart(c.terms, c.start);
  for (let i = Math.max(from, c.start - 4); i < c.start; i++) if (SAYING.has(wordOf(c.terms[i]))) return true;
  return false;
}

const NAMING = new Set([
  'old',
  'crazy',
  'a',
  'an',
  'silly',
  'paranoid',
  'naive',
  'sentimental',
  'dramatic',
  'biased',
  'cheesy',
  'corny',
  'petty',
  'whatever',
  'what',
]);

/** "call me old fashioned", "answer me this": idioms, not requests. */
function idiom(c: MatchContext): boolean {
  const last = wordOf(c.terms[c.end - 1]);
  const next = wordOf(c.terms[c.end]);
  return (last === 'me' && NAMING.has(next)) || (last === 'me' && next === 'this');
}

const REASSURED =
  /\b(no (stress|worries|pressure|rush|big deal)|all good|totally fine|it'?s fine|i know (you|the|it|work|how))\b/i;

/** The sender lets them off in the same breath: "you said you'd call but no stress, I know the shift ran late". */
function reassured(c: MatchContext): boolean {
  return REASSURED.test(c.afterStart);
}

/** A polite question about logistics: "could you let me know by tonight if you're still in?" */
function politeAsk(c: MatchContext): boolean {
  const before = wordsBetween(c.terms, clauseStart(c.terms, c.start), c.start);
  return before.length <= 3 && ['could', 'would', 'can'].includes(before[0] ?? '') && before.includes('you');
}

/** Ends on a question mark: an invitation ("come over tonight?"), not an order. */
function asQuestion(c: MatchContext): boolean {
  return ((c.terms[c.end - 1] as Term).post ?? '').includes('?');
}

export const EXCUSES = {
  ...AIM_EXCUSES,
  negated,
  quoted,
  title,
  softened,
  care,
  joking,
  praise,
  negatedAfter,
  spansClauses,
  reported,
  idiom,
  reassured,
  politeAsk,
  asQuestion,
} as const;
export type Excuse = keyof typeof EXCUSES;
export const DEFAULT_EXCUSES: readonly Excuse[] = ['quoted', 'title', 'negated', 'spansClauses'];

/** Quoted spans (“…”, "…", '…', «…») of the original text, as [start, end) offsets. */
export function findQuoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re =
    /“[^“”\n]{1,200}”|"[^"\n]{1,200}"|«[^«»\n]{1,200}»|(?<![A-Za-z0-9])['‘][^'‘’\n]{1,200}['’](?![A-Za-z0-9])/g;
  for (const m of text.matchAll(re)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return spans;
}
