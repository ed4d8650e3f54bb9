import { describe, expect, it } from 'vitest';
import { defaultState } from '../storage/schema';
import { canOfferNext, emptyChecklist, isComplete, setItem } from './checklist';
import { CHECKLISTS, nextStage, previousStage } from './stages';
import { setStage } from './transitions';

describe('stages and checklists', () => {
  it('every stage has a checklist with unique ids', () => {
    for (const stage of [1, 2, 3, 4, 5, 6] as const) {
      expect(CHECKLISTS[stage].length).toBeGreaterThanOrEqual(3);
      expect(new Set(CHECKLISTS[stage]).size).toBe(CHECKLISTS[stage].length);
    }
  });

  it('ticks and unticks items, ignoring unknown ids and items of other stages', () => {
    let list = emptyChecklist();
    list = setItem(list, 1, 's1_no_call', true);
    list = setItem(list, 1, 's1_wait', true);
    list = setItem(list, 1, 's1_wait', true);
    expect(list[1]).toEqual(['s1_wait', 's1_no_call']);
    expect(setItem(list, 1, 'made_up', true)).toBe(list);
    expect(setItem(list, 2, 's1_wait', true)).toBe(list);
    list = setItem(list, 1, 's1_wait', false);
    expect(list[1]).toEqual(['s1_no_call']);
  });

  it('offers the next stage only when the checklist is complete, never after stage 6', () => {
    let list = emptyChecklist();
    for (const id of CHECKLISTS[1].slice(0, -1)) list = setItem(list, 1, id, true);
    expect(isComplete(list, 1)).toBe(false);
    expect(canOfferNext(list, 1)).toBe(false);
    list = setItem(list, 1, CHECKLISTS[1].at(-1)!, true);
    expect(canOfferNext(list, 1)).toBe(true);
    for (const id of CHECKLISTS[6]) list = setItem(list, 6, id, true);
    expect(isComplete(list, 6)).toBe(true);
    expect(canOfferNext(list, 6)).toBe(false);
    expect(nextStage(6)).toBeNull();
    expect(previousStage(1)).toBeNull();
    expect(previousStage(4)).toBe(3);
  });

  it('moving to a stage (forward or back) restarts its clock and keeps every tick', () => {
    const base = defaultState(1000);
    const ticked = { ...base, checklist: setItem(base.checklist, 1, 's1_wait', true) };
    const forward = setStage(ticked, 3, 5000);
    expect(forward.stage).toEqual({ current: 3, startedAt: 5000 });
    const back = setStage(forward, 1, 9000);
    expect(back.stage).toEqual({ current: 1, startedAt: 9000 });
    expect(back.checklist[1]).toEqual(['s1_wait']);
    expect(setStage(back, 1, 10_000)).toBe(back);
  });
});
