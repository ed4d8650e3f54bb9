import { useEffect, useState } from 'preact/hooks';
import { STAGES, type Stage } from '../../analysis/types';
import { MAX_COOLDOWN_HOURS, MIN_COOLDOWN_HOURS } from '../../coach/cooldown';
import { stageNameKey } from '../../coach/stages';
import { t } from '../../i18n/t';
import { coachClient } from '../../messaging/client';
import type { CoachView } from '../../messaging/protocol';
import type { Act } from './options-app';

/** Hours to wait after a message, per stage; the background clamps them to their bounds on save. */
export function CooldownSection({ view, act }: { view: CoachView; act: Act }) {
  const saved = view.settings.cooldownHours;
  const [draft, setDraft] = useState<Record<Stage, number>>(saved);
  useEffect(() => setDraft(saved), [saved]);
  return (
    <section class="card" aria-labelledby="opt-cooldown">
      <h2 id="opt-cooldown">{t('options_cooldown_heading')}</h2>
      <p class="muted">{t('options_cooldown_help')}</p>
      {/* The background clamps each length to its bounds and the saved values are shown back. */}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          act(() => coachClient.updateSettings({ cooldownHours: draft }));
        }}
      >
        <div class="grid">
          {STAGES.map((stage) => (
            <label key={stage}>
              <span>
                {stage}. {t(stageNameKey(stage))}
              </span>
              <input
                type="number"
                name={`cooldown-${stage}`}
                min={MIN_COOLDOWN_HOURS[stage]}
                max={MAX_COOLDOWN_HOURS}
                step={0.25}
                value={draft[stage]}
                onInput={(e) =>
                  setDraft({ ...draft, [stage]: Number((e.currentTarget as HTMLInputElement).value) })
                }
              />
              <span class="muted"> {t('options_hours')}</span>
            </label>
          ))}
        </div>
        <button type="submit" class="primary">
          {t('options_save_cooldowns')}
        </button>
      </form>
    </section>
  );
}
