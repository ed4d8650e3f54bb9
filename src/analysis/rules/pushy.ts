import type { Rule } from '../rule-types';
import type { Stage } from '../types';
import { LONGING_PATTERNS, LOVE_PATTERNS, REUNION_PATTERNS } from './shared';

const ALL = { 1: 'hold', 2: 'hold', 3: 'hold', 4: 'hold', 5: 'hold', 6: 'hold' } as const satisfies Record<
  Stage,
  'hold'
>;

const REPLY_VERB =
  '(answer|answered|answering|reply|replied|replying|respond|responded|responding|text|texted|texting|call|called|calling|write|wrote|writing|message|messaged|get|got|getting|talk|talked|talking|pick|picked|picking)';

export const pushyRules: Rule[] = [
  {
    id: 'reply-command',
    category: 'pushy',
    stages: ALL,
    patterns: [
      '(answer|reply|respond) (me|already|now|right now|back|the phone|my (texts|messages|calls))?',
      '(say|text|call|message|write) (me)? (something|anything|back)',
      'pick up (the phone|your phone|already|now)?',
      'talk to me',
      'get back to me (now|already|today|tonight|asap|right now)',
      'let me know (now|already|asap|right now|today|tonight)',
      '(can|could|will|would) you (please)? just (answer|reply|respond|text|call|tell|talk|pick)',
    ],
    excuses: ['quoted', 'title', 'negated', 'softened', 'care'],
    requires: ['clauseInitial'],
    reason: 'A bare order to reply pressures them; replies come more easily when they are free not to.',
    suggestions: [
      'Whenever you have a moment, I would love to hear from you.',
      'No rush at all, reply when it suits you.',
    ],
    examples: {
      flag: [
        'answer me',
        'Answer me!!',
        'pls reply',
        'just say something',
        'pick up the phone',
        '<b>answer me</b>',
        'ok. ANSWER ME',
      ],
      pass: [
        'I will answer your email tomorrow',
        'text me when you get home',
        'reply when you can, no rush',
        'I need an answer for my boss',
      ],
    },
  },
  {
    id: 'why-no-reply',
    category: 'pushy',
    stages: ALL,
    patterns: [
      `why (have|has|did|do|are|were|will|would|is) not you (still)? (even)? ${REPLY_VERB}`,
      `why (have|has|did|do|are|were|will|would|is) you not (still)? ${REPLY_VERB}`,
      `why (are|do|did|have) you (been)? (ignoring|ignore|ignored|avoiding|avoid|avoided|ghosting|ghost|ghosted|blocking|blocked) me`,
      '(are|were) you (ignoring|avoiding|ghosting) me',
      'you are (still)? (ignoring|avoiding|ghosting) me',
      '(stop|quit) (ignoring|avoiding|ghosting) me',
      'do not (ignore|ghost|avoid) me',
      'left me on (read|delivered)',
      'you (still)? (have not|did not|never) (answered|replied|responded|texted back|called back|gotten back|got back|answer|reply|respond)',
      'still no (answer|reply|response)',
      'i (have)? (texted|called|messaged) you #Value times',
    ],
    excuses: ['quoted', 'title', 'joking'],
    reason: 'Asking why they have not answered makes silence into a debt; that pushes people further away.',
    suggestions: [
      'No pressure to reply, I just wanted to say hi.',
      'Whenever you feel like talking, I am here.',
    ],
    examples: {
      flag: [
        "why haven't you answered me??",
        'why are you ignoring me',
        "don't ignore me",
        'why didnt u text back',
        "you still haven't replied",
      ],
      pass: [
        'why did you call earlier?',
        "don't forget your umbrella",
        'sorry I have not replied, busy week',
      ],
    },
  },
  {
    id: 'reply-deadline',
    category: 'pushy',
    stages: ALL,
    patterns: [
      'i (need|want|deserve|expect) (an|your|a) (answer|reply|response|decision|explanation) (now|tonight|today|by|right now|asap|already|from you)?',
      'you owe me (an|a) (answer|reply|response|decision)',
      'i need to (hear from you|know) (now|tonight|today|by|asap|right now|where we stand|what you want)',
      '(answer|reply|respond|decide|let me know|tell me) (by|before) (tonight|tomorrow|#Date|#Time|the end|midnight|friday|monday|noon)',
      'i need you to (answer|reply|respond|decide|tell me|call me|text me|get back to me|pick up)',
      'i am (still)? waiting for (an|your|a) (answer|reply|response|text)',
      'i am (still)? waiting$',
      '(tell|answer) me (now|right now|tonight|today|asap)',
    ],
    excuses: ['quoted', 'title', 'negated', 'aimedElsewhere'],
    reason: 'Deadlines for an answer turn a conversation into a demand they have to meet.',
    suggestions: [
      'Take all the time you need.',
      'Whenever you are ready to talk, I will be glad to hear from you.',
    ],
    examples: {
      flag: [
        'I need an answer tonight',
        'I deserve an answer',
        'tell me by tomorrow',
        "I'm still waiting for an answer",
        'i need u to reply rn',
      ],
      pass: [
        'I need an answer from the landlord',
        "don't need an answer, just wanted to share",
        'I am waiting for the bus',
      ],
    },
  },
  {
    id: 'contact-threat',
    category: 'pushy',
    stages: ALL,
    patterns: [
      'i (will|am going to|am gonna) (keep|not stop|never stop) (texting|calling|messaging|trying|writing|asking)',
      `(until|till|til) you (finally)? ${REPLY_VERB}`,
      'i (will|am going to) (show up|come|come over|turn up|wait) (at|to|outside|by) (your|the) (place|house|work|door|apartment|office|flat|job)',
      'i (will|am going to) (be)? (wait|waiting) (outside|at your)',
    ],
    excuses: ['quoted', 'title', 'negated'],
    reason: 'Promising to keep at it until they respond takes away their choice.',
    suggestions: ['I will give you space, and I am here if you want to talk.', 'I will leave it with you.'],
    examples: {
      flag: [
        "I'll keep texting until you reply",
        "I'm going to show up at your place",
        "i'm not going to stop until you talk to me",
      ],
      pass: ['I will keep you posted', 'wait until you see the new park'],
    },
  },
  {
    id: 'emotional-threat',
    category: 'pushy',
    stages: ALL,
    patterns: [
      'i (can|could) not (live|go on|cope|function|breathe|survive|do this|be happy) without you',
      'i (will|would|am going to) die without you',
      'if you (leave|leave me|do not come back|go|say no|walk away) i (do not|will not|would not)? know what i will do',
      'i do not know what i (will|would|am going to) do (without you|if you)',
      'i (will|might|am going to) (hurt|kill) myself',
      'my life is (nothing|over|meaningless) without you',
      'you will regret (this|it|leaving)',
      'i will never (be happy|love anyone|get over you)',
    ],
    excuses: ['quoted', 'title'],
    reason: 'Making your wellbeing their responsibility is heavy pressure, even when the feeling is real.',
    suggestions: [
      'This has been hard for me, and I am taking care of myself.',
      'I am leaning on friends right now, and I respect your space.',
    ],
    examples: {
      flag: [
        "I can't live without you",
        "if you leave me I don't know what I'll do",
        'i cant go on without u',
      ],
      pass: ["I can't live without coffee", 'I can do this without you worrying'],
    },
  },
  {
    id: 'decision-pressure',
    category: 'pushy',
    stages: ALL,
    patterns: [
      '(have|did|so) you (decided|decide|made up your mind|make up your mind) (yet|about us|about me|about it)?',
      'have you decided',
      'what is your (answer|decision)',
      '(make|made) up your mind',
      'are we (getting back together|back together|together|doing this) or not',
      '(yes|yeah) or no #QuestionWord?',
      'where do we stand',
      'i need to know (where we stand|what you want|if you want)',
      'what are we',
    ],
    excuses: ['quoted', 'title', 'negated', 'aimedElsewhere'],
    reason: 'Pressing for a decision takes it out of their hands.',
    suggestions: [
      'Take all the time you need; I will respect whatever you decide.',
      'No need to answer anything now.',
    ],
    examples: {
      flag: [
        'so, have you decided?',
        'have you made up your mind yet',
        'are we getting back together or not',
        'where do we stand?',
      ],
      pass: [
        'have you decided what to order?',
        'did you decide on the apartment?',
        'no need to make up your mind',
      ],
    },
  },
  {
    id: 'decision-nudge',
    category: 'pushy',
    stages: { 5: 'hold' },
    patterns: [
      '(have|did) you (thought|think|had time to think) about (it|us|what i said|things|my question|what we talked about)',
      '(any|so any) (thoughts|news|update) (on|about) (us|it|what i said|things)',
      '(so|well) what do you think',
      'just checking (in)? (on|about) (us|your answer|your decision|what i asked)',
    ],
    excuses: ['quoted', 'title', 'negated'],
    reason: 'Asking again while they decide adds weight to their choice.',
    suggestions: ['I am here whenever you are ready, no need to reply.', 'Hope your week is going okay.'],
    examples: {
      flag: ['have you thought about what I said?', 'any thoughts on us?', 'so what do you think?'],
      pass: [{ text: 'have you thought about what I said?', stage: 4 }, 'what do you think of the new album'],
    },
  },
  {
    id: 'love-restated-while-deciding',
    category: 'pushy',
    stages: { 5: 'hold' },
    patterns: [...LOVE_PATTERNS, ...LONGING_PATTERNS, ...REUNION_PATTERNS],
    excuses: ['quoted', 'title', 'negated', 'groupAddress', 'otherSubject'],
    reason: 'Restating your love or hope while they decide tries to sway a choice that is theirs.',
    suggestions: ['I respect whatever you decide.', 'Take the time you need.'],
    examples: {
      flag: [
        { text: 'I still love you', stage: 5 },
        { text: 'I still want us back', stage: 5 },
        { text: 'i miss u so much', stage: 5 },
      ],
      pass: [
        { text: 'I still love you', stage: 4 },
        { text: 'I love this song', stage: 5 },
      ],
    },
  },
];
