import type { Rule } from '../rule-types';
import { blamingRules } from './blaming';
import { demandingRules } from './demanding';
import { prematureRules } from './premature';
import { pushyRules } from './pushy';

export const RULES: readonly Rule[] = [...pushyRules, ...demandingRules, ...prematureRules, ...blamingRules];
