import { RULES } from '../../analysis/rules';
import { LEARNED_RULES } from '../../analysis/rules/learned';
import { t } from '../../i18n/t';
import { coachClient } from '../../messaging/client';
import type { CoachView } from '../../messaging/protocol';
import type { Act } from './options-app';

/** Every analyzer rule with a switch; a rule switched off never flags anything. */
export function RulesSection({ view, act }: { view: CoachView; act: Act }) {
  const off = view.settings.disabledRules;
  const toggle = (id: string, on: boolean) =>
    act(() => coachClient.updateSettings({ disabledRules: on ? off.filter((r) => r !== id) : [...off, id] }));
  return (
    <section class="card" aria-labelledby="opt-rules">
      <h2 id="opt-rules">{t('options_rules_heading')}</h2>
      <p class="muted">{t('options_rules_help')}</p>
      <ul class="rules">
        {[...RULES, ...LEARNED_RULES].map((rule) => (
          <li key={rule.id}>
            <label class="choice">
              <input
                type="checkbox"
                name={`rule-${rule.id}`}
                checked={!off.includes(rule.id)}
                onChange={(e) => toggle(rule.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span>
                <code>{rule.id}</code> <span class="muted">({rule.category})</span>
                <br />
                <span class="muted">{rule.reason}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
