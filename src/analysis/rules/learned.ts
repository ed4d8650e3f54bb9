import type { Rule } from '../rule-types';

/**
 * The learned backstop's "rules": one per category, for drafts no phrase rule caught but the
 * model (trained on the labelled corpus, see scripts/train-learned.ts) scores above its threshold.
 * A learned flag is a caution (`warn`), never a hold: the phrase rules alone stop a send.
 * They carry no patterns. Their flag examples are drafts the model scores over its threshold and
 * the analyzer flags in that category; their pass examples get no learned flag. Both are tested.
 */
export type LearnedRule = Omit<Rule, 'patterns' | 'excuses' | 'waives' | 'requires'>;

const EVERY_STAGE = { 1: 'warn', 2: 'warn', 3: 'warn', 4: 'warn', 5: 'warn', 6: 'warn' } as const;

export const LEARNED_RULES: readonly LearnedRule[] = [
  {
    id: 'learned-pushy',
    category: 'pushy',
    stages: EVERY_STAGE,
    reason: 'This reads like pressure to answer or decide, which tends to push people away.',
    suggestions: ['No rush at all, reply whenever suits you.', 'Take the time you need.'],
    examples: {
      flag: [{ text: "it's been days and you still can't be bothered to answer", stage: 2 }],
      pass: ['the train is running late, see you at 6'],
    },
  },
  {
    id: 'learned-demanding',
    category: 'demanding',
    stages: EVERY_STAGE,
    reason: 'This sounds like an order about what they must do for you; a request leaves them free.',
    suggestions: ['Would you be open to that?', 'Only if you feel like it.'],
    examples: {
      flag: [{ text: 'you owe it to me to be home by ten', stage: 6 }],
      pass: ['could you bring the blue bowl back when you get a chance?'],
    },
  },
  {
    id: 'learned-premature',
    category: 'premature',
    stages: { 1: 'warn', 2: 'warn', 3: 'warn' },
    reason: 'This goes further than where the two of you are right now.',
    suggestions: ['Hope your week is going well!', 'It was nice to hear from you.'],
    examples: {
      flag: [{ text: 'i lie awake every night wishing you were next to me', stage: 2 }],
      pass: [{ text: 'hope the new job is going well!', stage: 1 }],
    },
  },
  {
    id: 'learned-blaming',
    category: 'blaming',
    stages: EVERY_STAGE,
    reason: 'This puts the fault on them, which starts an argument instead of a conversation.',
    suggestions: [
      'I felt hurt by that, and I would like to talk about it calmly.',
      'We both had a part in it.',
    ],
    examples: {
      flag: [{ text: 'you walked all over me for years and never once said sorry', stage: 3 }],
      pass: ['none of this would have happened without your help, thank you'],
    },
  },
];
