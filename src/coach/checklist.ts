import type { Stage } from '../analysis/types';
import { CHECKLISTS, nextStage } from './stages';
import type { ChecklistState } from './types';

export function emptyChecklist(): ChecklistState {
  return { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] };
}

/** Ticks or unticks one item; unknown item ids are ignored so stored data stays meaningful. */
export function setItem(state: ChecklistState, stage: Stage, itemId: string, done: boolean): ChecklistState {
  if (!CHECKLISTS[stage].includes(itemId)) return state;
  const ticked = state[stage].filter((id) => id !== itemId);
  if (done) ticked.push(itemId);
  ticked.sort((a, b) => CHECKLISTS[stage].indexOf(a) - CHECKLISTS[stage].indexOf(b));
  return { ...state, [stage]: ticked };
}

export function isComplete(state: ChecklistState, stage: Stage): boolean {
  return CHECKLISTS[stage].every((id) => state[stage].includes(id));
}

/** The popup offers to move on only when the stage's checklist is done and there is a next stage. */
export function canOfferNext(state: ChecklistState, stage: Stage): boolean {
  return nextStage(stage) !== null && isComplete(state, stage);
}
