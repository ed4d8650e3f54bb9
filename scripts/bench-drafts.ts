import { mulberry32, shuffleInPlace } from './seeded-random';

/**
 * Realistic drafts for the benchmark: texting style, a mix of benign and flaggable wording, so the
 * analyzer does the work it does on real sends. Sizes are targets; each draft is within a few
 * characters of its size.
 */

const SHORT = [
  'hey how r u doing??',
  'miss u so much 🥺🥺',
  'answer me pls!!!!!!',
  'coffee this week? :)',
  'drive safe ok ❤️ xx',
  'ur fault tbh lol 😂',
  'i still love you...',
  'why r u ignoring me',
];

const TWEET = [
  "hey! saw the new ramen place on 5th finally opened and thought of u lol. you have to try the spicy miso, it's unreal. anyway hope work isn't too crazy rn and ur mum is doing better. no pressure to reply, just wanted to say hi and that i hope ur doing well :) take care!!",
  'ok so i know i said i would give u space but its been 3 days and nothing?? why havent u answered me. i need an answer tonight, i cant keep doing this. you owe me at least that much after everything. if u dont text me back by 10 im done trying, seriously. pick up ur phone pls',
  "i've been thinking about how i acted last year and i'm sorry. i wasn't listening and that was on me. i started therapy in march and it's helping. i'm not saying this to get back together, i just want u to know. also \"Dreams\" came on at the cafe today and i smiled. hope ur ok",
  "honestly i miss you so much it hurts. i still think about us every single day and i know we're meant to be. wanna get dinner friday? like a real date. i'm sorry you feel that way about the breakup but you never listened to me either. please just give us another chance 🥺",
  "lunch was fun!! same time next week? could we maybe do thursday instead, friday got busy at work. my boss says i have to stay late again ugh. btw dont forget ur umbrella, it's gonna pour later. and u need to hear the new phoebe bridgers album, sooo good. talk soon ok",
  "so have you decided yet? i know u said u needed time but it's been a week and i keep checking my phone every 5 min. i love you, i just need you to know that. whatever u decide i'll respect it, i promise, but pleeease dont make me wait forever for an answer. answer me",
];

/** Deterministic shuffle so every run measures the same texts. */
const shuffled = <T>(items: readonly T[], seed: number): T[] => shuffleInPlace([...items], mulberry32(seed));

/** A wall of text: the 280-character drafts' sentences in a seeded order, cut at a word near `size`. */
function wall(size: number, seed: number): string {
  const sentences = TWEET.flatMap((t) => t.split(/(?<=[.!?])\s+/));
  let text = '';
  for (let round = 0; text.length < size; round++) {
    for (const s of shuffled(sentences, seed * 1000 + round)) {
      text += (text ? ' ' : '') + s;
      if (text.length >= size) break;
    }
  }
  const cut = text.lastIndexOf(' ', size);
  return text.slice(0, cut > size - 40 ? cut : size);
}

export const DRAFTS: Record<20 | 280 | 5000, string[]> = {
  20: SHORT,
  280: TWEET,
  5000: [1, 2, 3, 4].map((seed) => wall(5000, seed)),
};
