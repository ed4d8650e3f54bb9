import type { Stage } from '../analysis/types';
import { CHECKLISTS, checklistItemKey } from '../coach/stages';
import { t } from '../i18n/t';

export interface ChecklistProps {
  stage: Stage;
  ticked: readonly string[];
  onToggle(itemId: string, done: boolean): void;
}

/** The stage's checklist as native checkboxes (keyboard and screen readers for free). */
export function Checklist({ stage, ticked, onToggle }: ChecklistProps) {
  return (
    <ul class="checklist">
      {CHECKLISTS[stage].map((id) => (
        <li key={id}>
          <label>
            <input
              type="checkbox"
              name={id}
              checked={ticked.includes(id)}
              onChange={(e) => onToggle(id, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span>{t(checklistItemKey(id))}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
