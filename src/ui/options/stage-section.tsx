import { STAGES } from '../../analysis/types';
import { stageNameKey, stageSummaryKey } from '../../coach/stages';
import { t } from '../../i18n/t';
import { coachClient } from '../../messaging/client';
import type { CoachView } from '../../messaging/protocol';
import type { Act } from './options-app';

export function StageSection({ view, act }: { view: CoachView; act: Act }) {
  return (
    <section class="card" aria-labelledby="opt-stage">
      <h2 id="opt-stage">{t('options_stage_heading')}</h2>
      <fieldset>
        <legend class="visually-hidden">{t('options_stage_heading')}</legend>
        {STAGES.map((stage) => (
          <label key={stage} class="choice">
            <input
              type="radio"
              name="stage"
              value={stage}
              checked={view.stage === stage}
              onChange={() => act(() => coachClient.setStage(stage))}
            />
            <span>
              <strong>
                {stage}. {t(stageNameKey(stage))}
              </strong>
              <span class="muted"> {t(stageSummaryKey(stage))}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
