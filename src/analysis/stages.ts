import type { Stage } from './types';

export const STAGE_NAMES: Record<Stage, string> = {
  1: 'light first contact',
  2: 'taking it slow',
  3: 'honesty',
  4: 'romance',
  5: 'their decision',
  6: 'new chapter',
};

/** One-line advice per stage, appended to every reason so it reads in the user's context. */
export const STAGE_ADVICE: Record<Stage, string> = {
  1: 'Stage 1 is light first contact: keep it short, warm and easy to answer.',
  2: 'Stage 2 is about easy, regular chats and rebuilding the friendship at their pace.',
  3: 'Stage 3 is for honesty: own your part and let actions show the change.',
  4: 'Stage 4 allows romance, but it still has to be something they can freely say yes or no to.',
  5: 'Stage 5 is their decision: give them room and accept whatever they choose.',
  6: 'Stage 6 is a new chapter: keep it kind and keep your promises.',
};
