import type { Rule } from '../rule-types';
import { BLAME_PAST_PATTERNS } from './blaming';
import { LONGING_PATTERNS, LOVE_PATTERNS, REUNION_PATTERNS } from './shared';

const EARLY = { 1: 'hold', 2: 'hold', 3: 'hold' } as const;

/** Frames that turn a plan into an invitation to the other person. */
const INVITE =
  '(you free for|are you free|free for|want to|wanna|would you like to|would you want to|do you want to|let us|we should|how about|what about|maybe we could|we could|can we|could we|are you free for|are you up for|would you be up for|you up for|down for|feel like|care for|join me for|up for|open to|fancy|can i take you|let me take you)';

export const prematureRules: Rule[] = [
  {
    id: 'love-declaration',
    category: 'premature',
    stages: EARLY,
    patterns: LOVE_PATTERNS,
    excuses: ['groupAddress'],
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
    excuses: ['groupAddress', 'relativeWho', 'objectElsewhere'],
    reason: 'Longing ("I miss you so much") puts your feelings on them before the easy talk is back.',
    suggestions: [
      'I thought of you today and hope you are doing well.',
      'It would be nice to catch up sometime.',
    ],
    examples: {
      flag: [
        'I miss you so much',
        'i just really miss u',
        "I can't stop thinking about you",
        "you're the one",
        'I need you',
        'i miss waking up next to you',
        'ur the only one i want',
      ],
      pass: [
        'I miss that taco place',
        'heard this song and thought of you, hope you are well',
        'ur the one who told me about this show',
        { text: 'I miss you', stage: 4 },
      ],
    },
  },
  {
    id: 'reunion-talk',
    category: 'premature',
    stages: EARLY,
    patterns: REUNION_PATTERNS,
    excuses: ['otherSubject'],
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
        'i think were meant to be together',
        'i deserve another chance',
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
    // a coffee invitation is only a little early: shown as caution, never blocks
    stages: { 1: 'warn' },
    patterns: [
      `${INVITE} (grab|get|have|go for|go on|meet for|do|take|go get)? (a|some|a quick)? (coffee|coffees|tea|cuppa|lunch|walk|brunch|breakfast|bite|ice cream|hike|smoothie|catch up)`,
      `${INVITE} (hang out|meet up|meet|catch up in person|get together|see each other|come by|stop by|swing by)`,
      '(coffee|lunch|tea|a walk) (sometime|this week|next week|tomorrow|soon|later)',
      '(grab|get) (coffee|lunch|tea|a bite) (sometime|soon|together|with me)',
      '(can|could|may) i (come|stop|swing|drop) (by|over) (your|ur)? (place|house|apartment|flat)?',
    ],
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
        'fancy a cuppa and a catch up next week?',
      ],
      pass: [{ text: 'want to grab coffee sometime?', stage: 2 }, 'I had coffee with my sister today'],
    },
  },
  {
    id: 'romantic-invitation',
    category: 'premature',
    // one stage early in stage 3 (honesty) is a caution; earlier it holds
    stages: { 1: 'hold', 2: 'hold', 3: 'warn' },
    patterns: [
      `${INVITE} .{0,5} (dinner|drinks|drink|movie|movies|concert|show|date|dancing|getaway|trip|bar|cocktails|wine)`,
      `${INVITE} (a|the)? (weekend|night|day|few days) away`,
      `${INVITE} .{0,3} (friday|saturday|tomorrow) night`,
      `${INVITE} (come over|come to my place|come round)`,
      '(take|taking) you (out|to|on) .{0,2} (date|dinner|drinks|dancing|movie|concert)',
      '(take|taking) you out',
      '(let me|can i|could i|i want to|i would love to|i would like to) take you (to|somewhere)',
      `${INVITE} go out (together|with me|again|sometime)`,
      '(dinner|drinks|a movie|a date) (with me|together)',
      '(will|would|do) you go out with me',
      '^(dinner|drinks|date night) (at|on|this|tonight|tomorrow|sometime|friday|saturday)',
      '(a|the) (weekend|night) away (together)?',
      '(come|go|get) away with me',
      '(as|be) my (date|plus one|valentine)',
      '^(wanna|want to)? come over (tonight|later|after)?',
    ],
    reason: 'Dinner, drinks or a date is a romantic step; it comes once friendship and honesty are back.',
    suggestions: ['Hope you have a great weekend.', 'It has been nice chatting again.'],
    examples: {
      flag: [
        'want to get dinner friday?',
        'wanna go for drinks this weekend?',
        'let me take you out to dinner',
        'how about a weekend away?',
        'wanna come over and watch a movie like old times?',
        'come to the wedding with me as my date?',
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
      `${INVITE} (call|facetime|talk on the phone|video chat)`,
      `${INVITE} (a)? (phone call|call|facetime|video call)`,
    ],
    excuses: ['care'],
    reason: 'Asking for a call turns a light hello into a big ask.',
    suggestions: ['Texting is great, no need to call.', 'Hope you are doing well, no need to reply quickly.'],
    examples: {
      flag: [
        'can I call you?',
        'call me',
        'could we talk on the phone sometime?',
        'I just want to hear your voice',
        'would u be up for a phone call sometime?',
      ],
      pass: [{ text: 'can I call you?', stage: 2 }, 'call me if you need anything', 'my mom called me today'],
    },
  },
  {
    id: 'relationship-talk',
    category: 'premature',
    stages: { 1: 'hold', 2: 'hold' },
    patterns: [
      '(talk|talking|think|thinking|thought|chat|conversation|discussion) about (us|our relationship|the breakup|what happened between us|what went wrong|why we broke up|where we stand)',
      '(why|how) (we|things|it|everything) #Adverb? (broke up|ended|fell apart|went wrong|did not work out|did not work|ended things)',
      'what went wrong (between us|with us)?',
      'why (did|do) (we|you|things) (even|really|ever)? (break up|end it|end things|split up|split|fall apart|leave)',
      '(our|the) (relationship|breakup|break up|split|last fight|fights|marriage)',
      'i am sorry (for|about) (how|the way) (things|it|we|everything) ended',
      'we (need|have) to talk',
      '(we|you and i) (broke up|split up|separated|ended things)',
      'i (know)? i (hurt you|let you down|broke your heart|messed up us|ruined us|pushed you away)',
      'we were (so)? (good|great|happy|perfect|amazing) together',
      'i (regret|wish) (breaking up|we had not broken up|we never broke up|letting you go|leaving you|ending things)',
      'where (do|did) (we|things) (stand|go wrong)',
      'i (have|am) (been)? thinking about us',
      'i was a (terrible|bad|awful|horrible|lousy|selfish|crappy|shitty|toxic) (partner|boyfriend|girlfriend|husband|wife|person to you)',
      'i (made|make) it (hard|difficult|impossible) (to be with me|for you)',
      '(how|the way) i (handled|treated|acted|behaved|ended)',
      'i am sorry for (everything|hurting you|how i treated you|the way i treated you|what i did to us)',
    ],
    reason: 'Going over the relationship or the break-up is a heavy talk for this point.',
    suggestions: ['How have you been lately?', 'Hope the new job is going well!'],
    examples: {
      flag: [
        'I keep thinking about why we broke up',
        'can we talk about us?',
        'we need to talk',
        'I have been thinking about us',
        'i was a terrible partner sometimes and im sorry for that',
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
    excuses: ['joking', 'praise', 'reported'],
    reason: 'Reopening who was at fault drags the old relationship into a conversation that should be light.',
    suggestions: ['I hope you are doing well.', 'Looking back, there are things I would do differently.'],
    examples: {
      flag: [
        'you never listened to me',
        'it was your fault we broke up',
        { text: 'you ruined us', stage: 2 },
        'you made me feel worthless for two years',
      ],
      pass: [{ text: 'you never listened to me', stage: 3 }, 'you always made me laugh'],
    },
  },
];
