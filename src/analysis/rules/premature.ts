import type { Rule } from '../rule-types';
import { BLAME_PAST_PATTERNS } from './blaming';
import { LONGING_PATTERNS, LOVE_PATTERNS, REUNION_PATTERNS } from './shared';

const EARLY = { 1: 'hold', 2: 'hold', 3: 'hold' } as const;

/** Frames that turn a plan into an invitation to the other person. */
const INVITE =
  '(want to|wanna|would you like to|would you want to|do you want to|let us|we should|how about|what about|maybe we could|we could|can we|could we|are you free for|are you up for|you up for|down for|feel like|care for|join me for|up for|open to)';

export const prematureRules: Rule[] = [
  {
    id: 'love-declaration',
    category: 'premature',
    stages: EARLY,
    patterns: LOVE_PATTERNS,
    excuses: ['quoted', 'title', 'negated', 'groupAddress'],
    reason: 'Saying "I love you" now asks them to answer a feeling they have not had the chance to rebuild.',
    suggestions: ['It was really good to hear from you.', 'I hope things are going well for you lately.'],
    examples: {
      flag: [
        'I still love you',
        'i still love u',
        'Love you so much',
        "I'm still in love with you",
        { text: 'no pressure but I still love u', stage: 2 },
        { text: 'I love you', stage: 3 },
      ],
      pass: [
        'I love this song',
        'I heard "I Will Always Love You" on the radio',
        'love you guys!',
        { text: 'I still love you', stage: 4 },
        { text: 'I love you', stage: 6 },
      ],
    },
  },
  {
    id: 'longing',
    category: 'premature',
    stages: EARLY,
    patterns: LONGING_PATTERNS,
    excuses: ['quoted', 'title', 'negated', 'groupAddress'],
    reason: 'Longing ("I miss you so much") puts your feelings on them before the easy talk is back.',
    suggestions: [
      'I thought of you today and hope you are doing well.',
      'It would be nice to catch up sometime.',
    ],
    examples: {
      flag: [
        'I miss you so much',
        'i miss u',
        "I can't stop thinking about you",
        "you're the one",
        'I need you',
      ],
      pass: [
        'I miss that taco place',
        'heard this song and thought of you, hope you are well',
        { text: 'I miss you', stage: 4 },
      ],
    },
  },
  {
    id: 'reunion-talk',
    category: 'premature',
    stages: EARLY,
    patterns: REUNION_PATTERNS,
    excuses: ['quoted', 'title', 'negated', 'otherSubject'],
    reason:
      'Talking about getting back together asks for a decision long before there is trust to decide on.',
    suggestions: [
      'I would like to be friends again, at whatever pace suits you.',
      'I am glad we are talking again.',
    ],
    examples: {
      flag: [
        "let's get back together",
        'I want you back',
        'please give us another chance',
        'can we try again?',
      ],
      pass: [
        "I'm not asking to get back together",
        'the band is getting back together for a tour?',
        { text: 'I want you back', stage: 4 },
      ],
    },
  },
  {
    id: 'casual-invitation',
    category: 'premature',
    stages: { 1: 'hold' },
    patterns: [
      `${INVITE} (grab|get|have|go for|go on|meet for|do|take|go get)? (a|some|a quick)? (coffee|coffees|tea|lunch|walk|brunch|breakfast|bite|ice cream|hike|smoothie)`,
      `${INVITE} (hang out|meet up|meet|catch up in person|get together|see each other)`,
      '(coffee|lunch|tea|a walk) (sometime|this week|next week|tomorrow|soon|later) #QuestionWord?',
      '(grab|get) (coffee|lunch|tea|a bite) (sometime|soon|together|with me)',
    ],
    excuses: ['quoted', 'title', 'negated'],
    reason: 'Any invitation, even coffee, is a step too soon while you are only just back in touch.',
    suggestions: [
      'Hope your week is going well!',
      'Saw something that reminded me of you, hope all is good.',
    ],
    examples: {
      flag: [
        'want to grab coffee sometime?',
        'wanna get lunch this week?',
        'would you like to go for a walk on Sunday?',
        "let's hang out soon",
      ],
      pass: [{ text: 'want to grab coffee sometime?', stage: 2 }, 'I had coffee with my sister today'],
    },
  },
  {
    id: 'romantic-invitation',
    category: 'premature',
    stages: EARLY,
    patterns: [
      `${INVITE} .{0,3} (dinner|drinks|drink|movie|movies|concert|show|date|dancing|getaway|trip)`,
      `${INVITE} (a|the)? (weekend|night|day|few days) away`,
      `${INVITE} (a|the)? (date night|movie night|dinner date|romantic dinner|weekend trip|night out)`,
      '(a|the) (weekend|night) away (together)?',
      '(take|taking) you (out|to dinner|on a date|dancing|away)',
      `${INVITE} go out (together|with me|again|sometime)`,
      '(dinner|drinks|a movie|a date) (with me|together)',
      '(will|would|do) you go out with me',
      '(dinner|drinks|a date|date night) (sometime|this weekend|tonight|on friday|on saturday|next week)',
    ],
    reason: 'Dinner, drinks or a date is a romantic step; it comes once friendship and honesty are back.',
    suggestions: ['Hope you have a great weekend.', 'It has been nice chatting again.'],
    examples: {
      flag: [
        'want to get dinner friday?',
        'wanna go for drinks this weekend?',
        'let me take you out to dinner',
        'how about a weekend away?',
        { text: 'would you like to get dinner sometime?', stage: 3 },
      ],
      pass: [
        'we had dinner with my parents',
        { text: 'want to get dinner friday?', stage: 4 },
        'the movie was great',
      ],
    },
  },
  {
    id: 'call-request',
    category: 'premature',
    stages: { 1: 'hold' },
    patterns: [
      '(can|could|may|should) i (call|phone|facetime|ring) you',
      '^(please|just)? (call|phone|facetime|ring) me',
      '(can|could|should) we (talk|chat|speak) (on the phone|over the phone|in person|face to face|properly)',
      '(can|could|should) we (facetime|video chat|hop on a call|have a call|do a call)',
      '(give|gives) (me|you) a (call|ring)',
      '(let us|we should) (talk|chat|speak|catch up) (on the phone|over the phone|in person|face to face)',
      'hear your voice',
      '(want to|wanna|would you like to|do you want to|let us) (call|facetime|talk on the phone|video chat)',
    ],
    excuses: ['quoted', 'title', 'negated', 'care'],
    reason: 'Asking for a call turns a light hello into a big ask.',
    suggestions: ['Texting is great, no need to call.', 'Hope you are doing well, no need to reply quickly.'],
    examples: {
      flag: [
        'can I call you?',
        'call me',
        'could we talk on the phone sometime?',
        'I just want to hear your voice',
      ],
      pass: [{ text: 'can I call you?', stage: 2 }, 'call me if you need anything', 'my mom called me today'],
    },
  },
  {
    id: 'relationship-talk',
    category: 'premature',
    stages: { 1: 'hold', 2: 'hold' },
    patterns: [
      '(talk|talking|think|thinking|thought|chat) about (us|our relationship|the breakup|what happened between us|what went wrong|why we broke up|where we stand)',
      '(why|how) (we|things|it|everything) (broke up|ended|fell apart|went wrong|did not work out|did not work)',
      'what went wrong (between us|with us)?',
      '(our|the) (relationship|breakup|break up|split)',
      'i am sorry (for|about) (how|the way) (things|it|we|everything) ended',
      'we (need|have) to talk',
      'we were (so)? (good|great|happy|perfect|amazing) together',
      'i (regret|wish) (breaking up|we had not broken up|we never broke up|letting you go|leaving you|ending things)',
      'where (do|did) (we|things) (stand|go wrong)',
      'i (have|am) (been)? thinking about us',
    ],
    reason: 'Going over the relationship or the break-up is a heavy talk for this point.',
    suggestions: ['How have you been lately?', 'Hope the new job is going well!'],
    examples: {
      flag: [
        'I keep thinking about why we broke up',
        'can we talk about us?',
        'we need to talk',
        'I have been thinking about us',
        { text: 'we were so good together', stage: 2 },
      ],
      pass: ['that taco place we loved reopened!', { text: 'can we talk about us?', stage: 3 }],
    },
  },
  {
    id: 'past-blame-rehash',
    category: 'premature',
    stages: { 1: 'hold', 2: 'hold' },
    patterns: BLAME_PAST_PATTERNS,
    excuses: ['quoted', 'title', 'negated', 'joking', 'praise'],
    reason: 'Reopening who was at fault drags the old relationship into a conversation that should be light.',
    suggestions: ['I hope you are doing well.', 'Looking back, there are things I would do differently.'],
    examples: {
      flag: [
        'you never listened to me',
        'it was your fault we broke up',
        { text: 'you ruined us', stage: 2 },
      ],
      pass: [{ text: 'you never listened to me', stage: 3 }, 'you always made me laugh'],
    },
  },
];
