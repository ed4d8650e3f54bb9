import { t } from '../../i18n/t';
import { coachClient } from '../../messaging/client';
import type { CoachView, Strictness } from '../../messaging/protocol';
import type { Act } from './options-app';

const STRICTNESS: { value: Strictness; key: string }[] = [
  { value: 'warn', key: 'options_strictness_warn' },
  { value: 'hold-5s', key: 'options_strictness_hold5' },
  { value: 'until-cooldown', key: 'options_strictness_until' },
];

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** How firmly the guard holds, and the late-night "sleep on it" hours. */
export function GuardSection({ view, act }: { view: CoachView; act: Act }) {
  const { strictness, quietHours } = view.settings;
  const setQuiet = (patch: Partial<typeof quietHours>) =>
    act(() => coachClient.updateSettings({ quietHours: { ...quietHours, ...patch } }));
  return (
    <section class="card" aria-labelledby="opt-guard">
      <h2 id="opt-guard">{t('options_guard_heading')}</h2>
      <fieldset>
        <legend>{t('options_strictness_legend')}</legend>
        {STRICTNESS.map(({ value, key }) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="strictness"
              value={value}
              checked={strictness === value}
              onChange={() => act(() => coachClient.updateSettings({ strictness: value }))}
            />
            <span>{t(key)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('options_quiet_legend')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            name="quiet-enabled"
            checked={quietHours.enabled}
            onChange={(e) => setQuiet({ enabled: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>{t('options_quiet_enabled')}</span>
        </label>
        <div class="row">
          <label>
            {t('options_quiet_from')}{' '}
            <select
              name="quiet-start"
              value={quietHours.startHour}
              onChange={(e) => setQuiet({ startHour: Number((e.currentTarget as HTMLSelectElement).value) })}
            >
              {HOURS.map((h) => (
                <option key={h} value={h}>{`${String(h).padStart(2, '0')}:00`}</option>
              ))}
            </select>
          </label>
          <label>
            {t('options_quiet_to')}{' '}
            <select
              name="quiet-end"
              value={quietHours.endHour}
              onChange={(e) => setQuiet({ endHour: Number((e.currentTarget as HTMLSelectElement).value) })}
            >
              {HOURS.map((h) => (
                <option key={h} value={h}>{`${String(h).padStart(2, '0')}:00`}</option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
    </section>
  );
}
