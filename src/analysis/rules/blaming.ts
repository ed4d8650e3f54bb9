import type { Rule } from '../rule-types';
import { ALL_STAGES } from './shared';

const FAULT_PATTERNS = [
  '(all|totally|entirely|completely)? your fault',
  'you are (the reason|the problem) (why|who|that|we|i)?',
  'you are to blame',
  '(you|you are|you should be) the one (who|that)? (should|needs to|has to)? (apologizing|apologising|apologize|apologise|saying sorry|to blame|at fault)',
  '(because|all because) of you (we|i|it|this|everything|that)',
  'you (caused|started|did) (this|it|all of this|everything)',
  'you (are|were) (so|such|always|just|really|too|being|a|an|the|completely|totally|kind|of|bit|most|pretty|very|never|ever){0,3} (#BadTrait|#BadPerson)',
  '(mess|fault|blame|this|that|it|everything) (is|was) (all|totally|entirely)? on you',
  'this is (exactly)? why (we|it|this|things) (never|can not|could not|will never|do not|did not)',
  'it never works with you',
  'what is (wrong|the matter) with you',
  'you should (have|of) (told|asked|called|said|known|been|thought|listened|tried|cared|come)',
] as const;

/** Accusations about how the relationship went; reused by the stage 1–2 premature rule. */
export const BLAME_PAST_PATTERNS = [
  'it (was|is|has) (all|totally|entirely)? your fault (we|that we|things|it) .{0,2} (broke|ended|split|fell|did)',
  'you (ruined|destroyed|wrecked|broke|threw away|gave up on|messed up|screwed up|killed|betrayed) .{0,2} (it|everything|us|our|relationship|heart|trust|thing|things|life|marriage|chance|future|what|this)',
  'you (never|did not ever|did not even) (actually|really|even|once|ever)? (listened|cared|tried|supported|made time|loved|appreciated|respected|asked|apologized|apologised|understood|helped|made an effort|fought|showed up|put me)',
  'you (always|constantly) (put|made|had|chose|picked|ignored|blamed|left|forgot|cancelled|canceled|criticized|criticised|complained|took|twisted|ran|walked|yelled|shut)',
  'you (lied|cheated|betrayed me|used me|abandoned me|played me|manipulated me|gaslit me|gaslighted me|hurt me|dumped me|ghosted me)',
  'you (left|dumped) me (for|alone|when|behind|with nothing|hanging|like that)',
  'you made me (feel|think|believe) (like)? (worthless|stupid|crazy|small|invisible|unwanted|unloved|like nothing|like crap|like shit|like i)',
  'you (were|are) the one who (left|walked away|ended|broke|gave up|cheated|lied|quit|ghosted)',
] as const;

export const blamingRules: Rule[] = [
  {
    id: 'your-fault',
    category: 'blaming',
    stages: ALL_STAGES,
    patterns: [
      ...FAULT_PATTERNS,
      'you made me (do|feel|act|say|leave|cry|this way|like this|lose|hate|doubt|give up)',
    ],
    excuses: ['joking', 'relativeWho', 'notAsserted'],
    reason: 'Putting the fault on them makes them defend themselves instead of hearing you.',
    suggestions: [
      'I know I played a part in how things went.',
      'I have been thinking about what I could have done better.',
    ],
    examples: {
      flag: [
        'it was your fault',
        "it's all ur fault",
        'you made me do it',
        "you're so selfish",
        'this whole mess is on you, not me',
        'its ur fault were even in this limbo',
        { text: 'you are the reason we broke up', stage: 3 },
      ],
      pass: [
        'you made me try kimchi, this is your fault 😂',
        'it was my fault',
        "it's not your fault",
        'ur the one who told me about this show',
      ],
    },
  },
  {
    id: 'always-never',
    category: 'blaming',
    stages: ALL_STAGES,
    patterns: [
      '(you|you are) (always|never|constantly) #Adverb? #Verb',
      'you (never|did not ever|do not even|did not even|would not even) (actually|really|even|once|ever)? (listen|listened|care|cared|try|tried|call|called|ask|asked|text|texted|make|made|show|showed|think|thought|support|supported)',
      ...BLAME_PAST_PATTERNS.slice(1),
      'you only (care|cared|think|thought|talk|talked) about (yourself|you)',
      'you (do not|did not|never) (care|cared) about (me|us|my|anyone)',
      'you (just|obviously|clearly|really|honestly)? (do not|did not|never) (care|cared) (anymore|at all)',
      'all you (ever)? (did|do) (was|is) #Verb',
      'you (promised|swore) .{0,6} (but|and) (you)? (did not|never|broke)',
    ],
    excuses: ['joking', 'praise', 'reported', 'notAsserted'],
    reason: 'Sweeping "you always / you never" accusations start an argument instead of a conversation.',
    suggestions: [
      'I sometimes felt unheard, and I would like to understand your side too.',
      'I wish we had talked more openly, both of us.',
    ],
    examples: {
      flag: [
        'you never listened',
        'You always do this',
        'u never cared about me',
        'not to be dramatic but u never actually cared about me',
        'u broke my trust',
        { text: "I'm not blaming you, I'm just saying you never listened", stage: 3 },
      ],
      pass: [
        'you always make me laugh',
        'you never know',
        'you always know the best spots',
        'I never listened enough',
        'i still love you, always will',
        'you always gave me more patience than i deserved',
        'i know i said u never cared but that was my anger talking',
      ],
    },
  },
  {
    id: 'non-apology',
    category: 'blaming',
    stages: ALL_STAGES,
    patterns: [
      'sorry (that|if)? you (feel|felt|think|thought|took|take|see|saw|got|were|are) (it|that|so|hurt|offended|upset|this)',
      'sorry (that|if)? you feel (that way|like that)',
      'sorry (but|though) you',
      '(sorry|apologize|apologise) .{0,5} but (you|it was you|your) (made|never|always|were|are|started|should|have|had|did|kept|pushed|left|acted|drove|can|could|would|fault)',
      'i (apologize|apologise) (if|that) you',
      'sorry (if|that) (you|your feelings) (were|got) hurt',
      'sorry for (whatever|anything) you think',
    ],
    waives: ['spansClauses'],
    reason: 'An apology with a "but you" or "that you feel that way" hands the blame back.',
    suggestions: ['I am sorry for how I acted.', 'I am sorry I hurt you; that was on me.'],
    examples: {
      flag: [
        "I'm sorry you feel that way",
        "I'm sorry, but you never listened",
        'sorry if you got offended',
        'im sorry u feel that way',
        'sorry i snapped but you made me',
      ],
      pass: [
        "I'm sorry I hurt you",
        "I'm sorry for how I acted",
        'sorry you had a rough day',
        'sorry i missed your call but you know how work is',
      ],
    },
  },
  {
    id: 'sarcastic-quote',
    category: 'blaming',
    stages: ALL_STAGES,
    patterns: [
      'sorry (for|about) (being|caring|wanting|asking|having|trying|acting|existing)',
      '(guess|apparently|so) i (am|was)',
      '(guess|apparently) (i am|i was) (too)?',
    ],
    waives: ['quoted'],
    requires: ['scareQuoted'],
    reason: 'Quoting their words back sarcastically ("too much", apparently) is blame wearing a smile.',
    suggestions: [
      'I know I can come on strong, and I am working on it.',
      'I understand I overwhelmed you sometimes.',
    ],
    examples: {
      flag: [
        "sorry for being 'too much' apparently",
        'sorry for being “needy” I guess',
        "I guess I'm 'crazy' then",
        'guess i was "too needy" huh',
      ],
      pass: ['sorry for being late', 'sorry for being so quiet lately'],
    },
  },
  {
    id: 'sarcasm',
    category: 'blaming',
    stages: ALL_STAGES,
    patterns: [
      'thanks for nothing',
      'must be nice (to|being)',
      'glad (one of us|you) (is|are|can) (happy|fine|doing fine|moving on)',
      'nice to know (where i stand|i matter|how much i)',
      '(real|very|so) mature',
      'good for you i guess',
    ],
    excuses: ['joking'],
    reason: 'Sarcasm lands as blame and invites a fight, not a reply.',
    suggestions: ['I felt hurt by that, honestly.', 'That stung a bit, and I would rather say so plainly.'],
    examples: {
      flag: ['thanks for nothing i guess', 'must be nice to just move on like that', 'wow, real mature'],
      pass: ['thanks for everything', 'it must be nice weather there'],
    },
  },
];
