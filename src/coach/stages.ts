import { STAGES, type Stage } from '../analysis/types';

/**
 * The six stages, each with a checklist of concrete steps. Names, summaries and items are i18n keys in
 * locales/en/coach.json (`coach_stage<N>_name`, `coach_stage<N>_summary`, `coach_item_<id>`).
 */
export const CHECKLISTS: Record<Stage, readonly string[]> = {
  1: ['s1_wait', 's1_warm_note', 's1_no_call', 's1_one_message', 's1_read_reply'],
  2: ['s2_casual_invite', 's2_light_chats', 's2_friendship', 's2_no_relationship_talk'],
  3: ['s3_own_faults', 's3_plain_apology', 's3_listen', 's3_show_change'],
  4: ['s4_small_gesture', 's4_romantic_invite', 's4_say_it_once'],
  5: ['s5_give_time', 's5_no_asking_again', 's5_accept_no', 's5_lean_on_friends'],
  6: ['s6_fresh_start', 's6_keep_promises', 's6_keep_changing'],
};

export const stageNameKey = (stage: Stage) => `coach_stage${stage}_name`;
export const stageSummaryKey = (stage: Stage) => `coach_stage${stage}_summary`;
export const stageCooldownReasonKey = (stage: Stage) => `coach_stage${stage}_cooldown_reason`;
export const checklistItemKey = (itemId: string) => `coach_item_${itemId}`;

export function isStage(value: unknown): value is Stage {
  return typeof value === 'number' && (STAGES as readonly number[]).includes(value);
}

export function nextStage(stage: Stage): Stage | null {
  return stage < 6 ? ((stage + 1) as Stage) : null;
}

export function previousStage(stage: Stage): Stage | null {
  return stage > 1 ? ((stage - 1) as Stage) : null;
}
