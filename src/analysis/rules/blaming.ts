import type { Rule } from '../rule-types';
import type { Stage } from '../types';

const ALL = { 1: 'hold', 2: 'hold', 3: 'hold', 4: 'hold', 5: 'hold', 6: 'hold' } as const satisfies Record<
  Stage,
  'hold'
>;

const FAULT_PATTERNS = [
  '(it|this|that|everything|all of this|that all) (is|was|were) (all|totally|entirely|completely)? your fault',
  'your fault (that|we|i|this|it)',
  'you are (the one|the reason|the problem) (why|who|that|we|i)',
  'you are (the problem|to blame)',
  '(because|all because) of you (we|i|it|this|everything|that)',
  'you made me (do|feel|act|say|leave|cry|this way|like this|lose|hate|doubt|give up)',
  'you (caused|started|did) (this|it|all of this|everything)',
  'you (are|were) (so|such|always|just|really|too|being|a|an|the|completely|totally|kind|of|bit|most|pretty|very){0,3} (#BadTrait|#BadPerson)',
] as const;

/** Accusations about how the relationship went; reused by the stage 1–2 premature rule. */
export const BLAME_PAST_PATTERNS = [
  'it was (all|totally|entirely)? your fault',
  'you (ruined|destroyed|wrecked|broke|threw away|gave up on|messed up|screwed up|killed) (it|everything|us|our|what we had|my heart|this|the relationship)',
  'you (never|did not ever|did not even) (listened|cared|tried|supported|made time|loved|appreciated|respected|asked|apologized|apologised|understood|helped|made an effort)',
  'you (always|constantly) (put|made|had|chose|picked|ignored|blamed|left|forgot|cancelled|canceled|criticized|criticised|complained|took|twisted|ran|walked|yelled|shut)',
  'you (lied|cheated|betrayed me|used me|abandoned me|played me|manipulated me|gaslit me|gaslighted me|hurt me|dumped me|ghosted me) .?',
  'you (left|dumped) me (for|alone|when|behind|with nothing|hanging|like that)',
] as const;

export const blamingRules: Rule[] = [
  {
    id: 'your-fault',
    category: 'blaming',
    stages: ALL,
    patterns: [...FAULT_PATTERNS, BLAME_PAST_PATTERNS[0]],
    excuses: ['quoted', 'title', 'negated', 'joking'],
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
        { text: 'you are the reason we broke up', stage: 3 },
      ],
      pass: ['you made me try kimchi, this is your fault 😂', 'it was my fault', "it's not your fault"],
    },
  },
  {
    id: 'always-never',
    category: 'blaming',
    stages: ALL,
    patterns: [
      '(you|you are) (always|never|constantly) #Verb',
      'you (never|did not ever|do not even|did not even|would not even) (listen|listened|care|cared|try|tried|call|called|ask|asked|text|texted|make|made|show|showed|think|thought|support|supported)',
      ...BLAME_PAST_PATTERNS.slice(1),
      'you only (care|cared|think|thought|talk|talked) about (yourself|you)',
      'you (do not|did not|never) (care|cared) about (me|us|my|anyone)',
    ],
    excuses: ['quoted', 'title', 'negated', 'joking', 'praise'],
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
        { text: "I'm not blaming you, I'm just saying you never listened", stage: 3 },
      ],
      pass: [
        'you always make me laugh',
        'you never know',
        'you always know the best spots',
        'I never listened enough',
      ],
    },
  },
  {
    id: 'non-apology',
    category: 'blaming',
    stages: ALL,
    patterns: [
      'sorry (that|if)? you (feel|felt|think|thought|took|take|see|saw|got|were|are) (it|that|so|hurt|offended|upset|this)',
      'sorry (that|if)? you feel (that way|like that)',
      'sorry (but|though) you',
      'i (apologize|apologise) (if|that) you',
      'sorry (if|that) (you|your feelings) (were|got) hurt',
      'sorry for (whatever|anything) you think',
    ],
    excuses: ['quoted', 'title', 'negated'],
    reason: 'An apology with a "but you" or "that you feel that way" hands the blame back.',
    suggestions: ['I am sorry for how I acted.', 'I am sorry I hurt you; that was on me.'],
    examples: {
      flag: [
        "I'm sorry you feel that way",
        "I'm sorry, but you never listened",
        'sorry if you got offended',
        'im sorry u feel that way',
      ],
      pass: ["I'm sorry I hurt you", "I'm sorry for how I acted", 'sorry you had a rough day'],
    },
  },
  {
    id: 'sarcastic-quote',
    category: 'blaming',
    stages: ALL,
    patterns: [
      'sorry (for|about) (being|caring|wanting|asking|having|existing|trying|acting) .{0,4} apparently',
      'sorry (for|about) (being|caring|wanting|asking|having|trying|acting)',
      '(i guess|apparently|so) i am',
      '(i guess|apparently) i was',
    ],
    excuses: ['negated'],
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
      ],
      pass: ['sorry for being late', 'sorry for being so quiet lately'],
    },
  },
];
