import type { Rule } from '../rule-types';
import { decisionPressureRules } from './pushy-decisions';
import { replyPressureRules } from './pushy-replies';
import { threatRules } from './pushy-threats';

/** Pushy rules, one file per family; the order is the rule order of the docs and the options page. */
export const pushyRules: Rule[] = [...replyPressureRules, ...threatRules, ...decisionPressureRules];
