/**
 * Requirements: contexts a match must have to count (a bare command opens its clause, an obligation
 * is aimed at the sender, a sarcastic quote is really quoted).
 */
import {
  clauseEnd,
  clauseStart,
  type MatchContext,
  type Term,
  textBetween,
  wordOf,
  wordsBetween,
} from './clause';

const FILLERS = new Set([
  'just',
  'please',
  'so',
  'now',
  'ok',
  'okay',
  'hey',
  'well',
  'oh',
  'seriously',
  'come',
  'on',
  'dude',
  'babe',
  'baby',
  'then',
  'like',
  'omg',
  'god',
  'man',
  'bro',
  'honestly',
  'look',
  'listen',
  'hello',
  'hi',
  'um',
  'uh',
  'again',
  'already',
  'for',
  'once',
  'literally',
  'you',
  'can',
  'will',
  'would',
  'could',
]);

/** A bare command opens its clause ("answer me", "ok just call me"), it is not "I'll answer later". */
function clauseInitial(c: MatchContext): boolean {
  const from = clauseStart(c.terms, c.start);
  for (let i = from; i < c.start; i++) {
    const t = c.terms[i] as Term;
    if (!(FILLERS.has(wordOf(t)) || t.tags.has('Expression'))) return false;
  }
  return true;
}

/** Verbs that order the other person about the sender, the relationship or their own conduct. */
const CONTROL = new Set([
  'answer',
  'return',
  'show',
  'pay',
  'cancel',
  'wear',
  'reply',
  'respond',
  'explain',
  'apologize',
  'apologise',
  'forgive',
  'decide',
  'choose',
  'listen',
  'understand',
  'admit',
  'stop',
  'quit',
  'delete',
  'block',
  'unblock',
  'leave',
  'dump',
  'pay',
  'sit',
  'grow',
  'own',
  'trust',
  'believe',
  'commit',
  'prove',
  'promise',
  'swear',
  'unfollow',
  'show',
  'come',
]);
const SENDER = new Set(['me', 'us', 'our', 'we', 'myself', 'ours', 'relationship']);
const THIRD = new Set(['him', 'her', 'his', 'hers', 'ex', 'boyfriend', 'girlfriend']);
const CONTROL_BE =
  /^be (home|here|there|back|honest|straight|ready|mine|faithful|loyal|nicer|kinder|better|more|available|free|on time|with me|the one)\b/;
/** "you have to send me that recipe", "you need to listen to this album": sharing, not ordering. */
const RECOMMENDED =
  /\b(sometime|some time|someday|one day)\b|\b(this|that|the|these|those|his|her|their)( [\w']+){0,4} (album|song|songs|track|podcast|show|series|book|movie|film|episode|video|recipe|restaurant|place|dish|wontons|game|playlist|meme|article)\b/;
const CARE_COMPLEMENT =
  /^(be )?(careful|safe|ok|okay|fine|proud|exhausted|tired|kidding|joking|hungry|able)\b|^take care|^(get|have|be) (some )?(rest|sleep|fun)/;
const ASKING = new Set([
  'do',
  'did',
  'does',
  'will',
  'would',
  'can',
  'could',
  'should',
  'shall',
  'if',
  'when',
  'whether',
  'unless',
  'how',
  'what',
  'why',
]);

/**
 * An order aimed at the sender, the relationship or the other person's conduct ("you have to give
 * me another chance", "you need to delete his number"), not advice about a task, a recommendation
 * or care ("you need to add more code", "you have to see this video", "you must be exhausted").
 * Questions and conditions ("do you need to...", "if you need...") are not orders.
 */
const HOPING = new Set(['hope', 'wish', 'pray', 'dream', 'hoping', 'wishing', 'praying']);

function aimedAtSender(c: MatchContext): boolean {
  if (ASKING.has(wordOf(c.terms[c.start - 1]))) return false;
  // "i hope you'll come back to me" is a wish, not an order
  if (wordsBetween(c.terms, clauseStart(c.terms, c.start), c.start).some((w) => HOPING.has(w))) return false;
  const end = clauseEnd(c.terms, c.end - 1);
  const rest = wordsBetween(c.terms, c.start, end);
  // "you must be sick of hearing from me" guesses a state; "you need to be there for me" orders one
  if (RECOMMENDED.test(textBetween(c.terms, c.start, end))) return false;
  const be = c.terms.findIndex((t, i) => i > c.start && i < c.end && wordOf(t) === 'be');
  if (be > 0 && !c.terms[be + 1]?.tags.has('Gerund')) return CONTROL_BE.test(textBetween(c.terms, be, end));
  if (rest.some((w) => SENDER.has(w))) return true;
  let verbIdx = -1;
  for (let i = c.end - 1; i > c.start; i--) {
    if ((c.terms[i] as Term).tags.has('Infinitive')) {
      verbIdx = i;
      break;
    }
  }
  if (verbIdx < 0) return false;
  const verb = wordOf(c.terms[verbIdx]);
  const complement = textBetween(c.terms, verbIdx, end);
  if (CARE_COMPLEMENT.test(complement) || RECOMMENDED.test(complement)) return false;
  if (verb === 'be') return CONTROL_BE.test(complement);
  if (rest.some((w) => THIRD.has(w))) return true;
  return CONTROL.has(verb);
}

/** A short quoted phrase right at the match: the sender quoting words thrown at them ("too much"). */
function scareQuoted(c: MatchContext): boolean {
  return c.quoteSpans.some(([a, b]) => a >= c.origStart && a <= c.origEnd + 6 && b - a <= 40);
}

export const REQUIREMENTS = { clauseInitial, aimedAtSender, scareQuoted } as const;
export type Requirement = keyof typeof REQUIREMENTS;
