import type { Rule } from '../rule-types';
import type { Stage } from '../types';

const ALL = { 1: 'hold', 2: 'hold', 3: 'hold', 4: 'hold', 5: 'hold', 6: 'hold' } as const satisfies Record<
  Stage,
  'hold'
>;

export const demandingRules: Rule[] = [
  {
    id: 'you-owe-me',
    category: 'demanding',
    stages: ALL,
    patterns: [
      'you owe (me|us|it to me|it to us)',
      'the least you (can|could) do is',
      'after (everything|all) i (have)? (did|done|gave|given) (for you)?',
    ],
    excuses: ['quoted', 'title', 'negated', 'negatedAfter'],
    reason: 'Telling them what they owe you frames the past as a debt, and debts get resented.',
    suggestions: [
      'I would really value understanding what happened, if you are ever open to it.',
      'I hope we can talk about it someday.',
    ],
    examples: {
      flag: [
        'you owe me an explanation',
        'u owe me',
        'the least you could do is reply',
        'after everything I did for you',
      ],
      pass: ['I owe you lunch', 'you owe me nothing'],
    },
  },
  {
    id: 'obligation-on-them',
    category: 'demanding',
    stages: ALL,
    patterns: [
      'you (have|need|got|must|better|gotta|ought) to? (really|just|at least|seriously)? #Infinitive',
      'you must (really|just)? #Infinitive',
      'you (should|better) (apologize|apologise|explain|answer|reply|respond|call|text|be ashamed)',
    ],
    requires: ['aimedAtSender'],
    reason: 'Telling them what they have to do about you is an order, and orders push people away.',
    suggestions: [
      'Would you be open to talking about it sometime?',
      'I would really appreciate hearing your side when you are ready.',
    ],
    examples: {
      flag: [
        'you have to give me another chance',
        'you need to explain yourself to me',
        'u need to answer me',
        'you must call me tonight',
        'you should apologize',
      ],
      pass: [
        'you have to see this video',
        'you need to hear this song',
        'you have to try that new ramen place',
        "you don't have to answer",
      ],
    },
  },
  {
    id: 'entitlement',
    category: 'demanding',
    stages: ALL,
    patterns: [
      'i (deserve|deserved) (better|more|answers|the truth|respect|closure|an explanation|an answer|a reply|a response|an apology|to know|to be|some|that much|honesty|a chance|a say|to hear)',
      'i have (a|the|every) right to',
      'i am entitled to',
      'i (demand|insist|expect) (an|a|that|you|your|to|the truth|answers)',
    ],
    reason: 'Claiming what you deserve from them puts them on trial.',
    suggestions: [
      'I would appreciate knowing where things are, whenever you feel ready.',
      'If you are ever up for it, I would like to understand.',
    ],
    examples: {
      flag: [
        'I deserve better than this silence',
        'I deserve an explanation',
        'I have a right to know',
        'I expect an answer',
      ],
      pass: ['you deserve better', 'I deserve a nap after today'],
    },
  },
  {
    id: 'no-right',
    category: 'demanding',
    stages: ALL,
    patterns: [
      'you (have|had) no right',
      'how dare you',
      'you (can|could) not just (ignore|leave|walk|disappear|cut|pretend|move on|date|treat|shut|throw|forget)',
      'you do not get to',
    ],
    reason: 'Telling them what they are not allowed to do is control, not connection.',
    suggestions: [
      'It hurt when that happened, and I would like to talk about it calmly.',
      'I felt left out of that decision.',
    ],
    examples: {
      flag: ['you have no right to ignore me', "you can't just ignore me", 'how dare you'],
      pass: ['you can just leave it at the door', 'we have no right answer yet'],
    },
  },
  {
    id: 'ultimatum',
    category: 'demanding',
    stages: ALL,
    patterns: [
      'if you (do not|will not|can not|are not|did not|refuse to|never) .{1,8} (we|it|i) (are|is|am|will) (done|over|finished|through|gone|leaving|moving|blocking|deleting|never|walk|walking)',
      '(or|otherwise) (we are|it is|i am|this is) (done|over|finished|through)',
      'or else',
      'this is (your|the) (last|final) chance',
      'it is now or never',
      'you (have|get) (until|till) (tonight|tomorrow|friday|#Date|the end)',
      'last chance to',
    ],
    reason: 'An ultimatum forces a choice under threat; whatever they choose, trust loses.',
    suggestions: [
      'I need some clarity for myself, so I am going to step back for a while.',
      'I will take some space and hope we can talk later.',
    ],
    examples: {
      flag: [
        "if you don't meet me this week we're done",
        'answer me tonight or we are done',
        'this is your last chance',
        'if u dont call me by friday im done',
      ],
      pass: ["if you don't like the book that's fine", "we're done with dinner"],
    },
  },
  {
    id: 'contact-command',
    category: 'demanding',
    stages: ALL,
    patterns: [
      '(call|text|message|phone|facetime|email|meet|visit|see) me (now|right now|tonight|today|asap|immediately|already|back)',
      '^(please|just)? (call|meet|phone|facetime) me',
      '(come|get) (over|here|back) (now|right now|tonight|immediately|asap)',
      '^(come back|come home|come over)',
      '(tell|explain) (me)? (why|what happened|the truth|yourself)',
      'explain yourself',
      '^give me (another|one more|a second) (chance|try)',
      'stop (seeing|talking to|texting|dating|hanging out with) (him|her|them|#Person)',
      '(unblock|unmute) me',
    ],
    excuses: ['quoted', 'title', 'negated', 'softened', 'care'],
    requires: ['clauseInitial'],
    reason: 'A command about contact tells them what to do; an invitation leaves them free to say yes.',
    suggestions: [
      'If you ever feel like talking, I would be glad to.',
      'Would you be open to a chat sometime?',
    ],
    examples: {
      flag: [
        'call me now',
        'Call me.',
        'tell me why',
        'give me another chance',
        'unblock me',
        'meet me tonight',
      ],
      pass: [
        'call me if you need anything',
        'text me when you get home',
        'could you tell me the address?',
        'she told me why',
      ],
    },
  },
];
