/**
 * Excuses about aim: whom or what the phrase is really about. Said to a group, about a third
 * person or a thing, inside a description of a noun, or asked rather than asserted.
 */
import {
  CLAUSE_PUNCT,
  clauseEnd,
  clauseStart,
  type MatchContext,
  type Term,
  wordOf,
  wordsBetween,
} from './clause';

const SELF_OR_YOU = new Set([
  'us',
  'me',
  'we',
  'our',
  'my',
  'you',
  'your',
  'i',
  'myself',
  'yourself',
  'ourselves',
]);
const ELSEWHERE_LEAD = new Set([
  'at',
  'in',
  'from',
  'for',
  'about',
  'on',
  'regarding',
  'what',
  'which',
  'where',
  'when',
  'whether',
  'if',
  'to',
  'between',
  'with',
]);

/** The ask is about something else: "I need an answer from the landlord", "have you decided what to order". */
function aimedElsewhere(c: MatchContext): boolean {
  const lead = wordOf(c.terms[c.end]);
  if (!ELSEWHERE_LEAD.has(lead)) return false;
  // "at all", "at some point", "at least" intensify; they do not point elsewhere
  if (lead === 'at' && ['all', 'some', 'least', 'once', 'last'].includes(wordOf(c.terms[c.end + 1])))
    return false;
  const rest = wordsBetween(c.terms, c.end, clauseEnd(c.terms, c.end));
  // "about it", "on this" point back at the matter between them, not elsewhere
  return !rest.some((w) => SELF_OR_YOU.has(w) || w === 'it' || w === 'this' || w === 'things');
}

const SELF_SUBJECTS = new Set(['i', 'we', 'you', 'me', 'us', 'myself', 'yourself', 'ourselves']);
const OTHERS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them', 'his', 'their']);

/** Someone else does it: "the band is getting back together", "my parents are back together". */
function otherSubject(c: MatchContext): boolean {
  const from = clauseStart(c.terms, c.start);
  let other = false;
  for (let i = from; i < c.start; i++) {
    const t = c.terms[i] as Term;
    const w = wordOf(t);
    if (SELF_SUBJECTS.has(w)) return false;
    if (w === 'there' || w === 'here' || t.tags.has('QuestionWord')) continue;
    if (INANIMATE.has(w)) continue;
    if (OTHERS.has(w) || (t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Date'))) other = true;
  }
  return other;
}

const INANIMATE = new Set([
  'life',
  'everything',
  'nothing',
  'home',
  'bed',
  'place',
  'apartment',
  'flat',
  'house',
  'world',
  'day',
  'days',
  'night',
  'nights',
  'weekend',
  'weekends',
  'city',
  'town',
  'room',
  'music',
  'food',
  'coffee',
]);

/** After a noun it describes the noun: "the operators you are not allowed to use". */
function relativeClause(c: MatchContext): boolean {
  const prev = c.terms[c.start - 1];
  if (!prev || CLAUSE_PUNCT.test((prev as Term).post)) return false;
  return prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !prev.tags.has('Date');
}

/** "ur the one who told me about this show", "you're the one insulting strangers": a description. */
function relativeWho(c: MatchContext): boolean {
  // "you're being cruel, dragging this out": after a comma the gerund is a new clause
  if (CLAUSE_PUNCT.test((c.terms[c.end - 1] as Term & { post?: string })?.post ?? '')) return false;
  const next = c.terms[c.end];
  if (['person', 'one', 'guy', 'girl'].includes(wordOf(next)) && wordOf(c.terms[c.end + 1]) === 'who')
    return true;
  return ['who', 'whose', 'which'].includes(wordOf(next)) || Boolean(next?.tags.has('Gerund'));
}

const AUX = new Set([
  'do',
  'did',
  'does',
  'have',
  'has',
  'had',
  'would',
  'will',
  'can',
  'could',
  'are',
  'were',
  'is',
]);
const WH = new Set(['how', 'what', 'where', 'when', 'whether', 'if', 'unless', 'which']);

const RECALL = new Set([
  'remember',
  'recall',
  'forget',
  'forgot',
  'notice',
  'noticed',
  'realize',
  'realise',
  'see',
]);

/**
 * Asked, not asserted: "do you always start from 0?", "or did you never succeed?" (a "why" keeps
 * the accusation: "why do you always take hours"), or embedded: "guess at how you did it".
 */
function notAsserted(c: MatchContext): boolean {
  if (wordOf(c.terms[c.start]) !== 'you') return false;
  const prev = wordOf(c.terms[c.start - 1]);
  // "remember how you never asked" asserts it; "ask how you are" does not
  if (WH.has(prev)) return !RECALL.has(wordOf(c.terms[c.start - 2]));
  if (!AUX.has(prev)) return false;
  const before = wordsBetween(c.terms, clauseStart(c.terms, c.start), c.start - 1);
  return !before.includes('why') && !before.includes('come');
}

/** Said of someone else: "the only person i want him to end up with". */
function objectElsewhere(c: MatchContext): boolean {
  // "i wish you were here, this sunset...": a new clause is not the object
  if (CLAUSE_PUNCT.test((c.terms[c.end - 1] as Term | undefined)?.post ?? '')) return false;
  return ['him', 'her', 'them', 'it', 'to'].includes(wordOf(c.terms[c.end]));
}

const GROUP = new Set(['guys', 'all', 'both', 'two', 'people', 'lot', 'ladies', 'folks']);

/** "love you guys": said to a group, not to the ex. */
function groupAddress(c: MatchContext): boolean {
  return ['you', 'ya'].includes(wordOf(c.terms[c.end - 1])) && GROUP.has(wordOf(c.terms[c.end]));
}

export const AIM_EXCUSES = {
  groupAddress,
  aimedElsewhere,
  otherSubject,
  relativeWho,
  relativeClause,
  objectElsewhere,
  notAsserted,
} as const;
