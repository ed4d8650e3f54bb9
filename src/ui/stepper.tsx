import { STAGES, type Stage } from '../analysis/types';
import { stageNameKey } from '../coach/stages';
import { t } from '../i18n/t';

/** The six stages as an ordered list; the current one carries aria-current="step". */
export function Stepper({ current }: { current: Stage }) {
  return (
    <ol class="stepper" aria-label={t('coach_ui_stepper_label')}>
      {STAGES.map((stage) => (
        <li
          key={stage}
          class={stage < current ? 'done' : undefined}
          aria-current={stage === current ? 'step' : undefined}
        >
          <span class="dot" aria-hidden="true">
            {stage}
          </span>
          <span class="visually-hidden">{t('coach_ui_step_of', [String(stage), '6'])} </span>
          {t(stageNameKey(stage))}
        </li>
      ))}
    </ol>
  );
}
