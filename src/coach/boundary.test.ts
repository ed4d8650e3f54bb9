import { describe, expect, it } from 'vitest';
import { detectBoundary } from './boundary';

const boundaries = [
  'please stop texting me',
  'Please stop texting me.',
  'Stop messaging me. I mean it.',
  'leave me alone',
  'Just leave me alone!!',
  'Can you please leave me alone?',
  "Why won't you leave me alone",
  "I've moved on.",
  'I have moved on from us, I hope you can too',
  'Honestly I think I’ve moved on',
  "I'm moving on. Please respect that",
  "don't contact me again",
  'Do not contact me ever again.',
  'Never text me again',
  "Don't message me anymore",
  'please don’t text me',
  'I need space',
  'I need some space from you right now',
  'Give me space please',
  "I don't want to hear from you again",
  "I don't want to talk to you anymore",
  "I'm blocking you",
  'I blocked you everywhere',
  'Lose my number.',
  "we're done. for good",
  "It's over between us",
  'stop reaching out',
  'I need to move on from this',
  'pls stop txting me',
  'Hey. I think you should know I’ve moved on. Please stop contacting me.',
  'Leave me be.',
  'Stay away from me',
  'Please stop trying to contact me',
  "Don't reach out again",
  'You need to move on.',
  'I want nothing to do with you',
  "I've blocked your number",
  "I don't want you in my life anymore",
];

const notBoundaries = [
  'leave me alone with this pizza lol',
  "don't contact me before 9, I'm in meetings",
  "I'm moving on to the next episode",
  "Don't call me, I'm driving! Text instead",
  'please stop texting me memes at 3am',
  'stop texting me spoilers!!',
  "please don't leave me alone tonight",
  "I don't think I've moved on",
  "I haven't moved on",
  'Have you moved on?',
  "Don't text me before the game ends",
  'my sister keeps telling my brother to stop texting me',
  'I need space in my fridge for the cake',
  "don't contact me on this number, use my work one",
  "we're done with dinner, want to call?",
  'The movie is over',
  "I'm not blocking you, my phone died",
  'stop texting him, he is not worth it',
  'moving on to dessert',
  "Let's move on to the next topic",
  'hahaha leave me alone',
  '',
  'miss you',
  'Thanks for the book, talk soon!',
  'stay away from me, I have the flu',
  "let's move on to the next topic",
  'please move on to the next slide',
  "Don't reach out to Mark about the party",
  'I want nothing to do with your cousin’s drama',
];

describe('detectBoundary', () => {
  it.each(boundaries)('switches to no contact: %s', (text) => {
    expect(detectBoundary(text)).toBe(true);
  });

  it.each(notBoundaries)('does not trigger: %s', (text) => {
    expect(detectBoundary(text)).toBe(false);
  });
});
