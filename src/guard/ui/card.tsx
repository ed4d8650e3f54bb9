import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import type { HoldReason } from '../verdict';
import { timeLeft } from './format';
import type { CardModel, LayerActions } from './model';
import { ruleText } from './rule-text';

const CARD_WIDTH = 420;
const GAP = 8;

function placement(model: CardModel): Record<string, string> {
  const { box } = model;
  const width = Math.min(CARD_WIDTH, window.innerWidth - 2 * GAP);
  const left = Math.max(GAP, Math.min(box.left, window.innerWidth - width - GAP));
  // On the roomier side of the composer (chat composers sit at the bottom: usually above).
  if (box.top >= window.innerHeight - (box.top + box.height)) {
    return { left: `${left}px`, bottom: `${window.innerHeight - box.top + GAP}px`, width: `${width}px` };
  }
  return { left: `${left}px`, top: `${box.top + box.height + GAP}px`, width: `${width}px` };
}

function useNow(active: boolean): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

function ContextReason({ hold, now }: { hold: HoldReason; now: number }) {
  if (hold.kind === 'noContact') return <p class="reason">{t('guard_reason_no_contact')}</p>;
  if (hold.kind === 'quietHours') return <p class="reason">{t('guard_reason_quiet_hours')}</p>;
  if (hold.kind === 'doubleText') {
    return (
      <p class="reason">
        {t('guard_reason_double_text', [timeLeft(hold.endsAt - now)])}
        {hold.reason ? ` ${hold.reason}` : ''}
      </p>
    );
  }
  return null;
}

export function Card({ model, actions }: { model: CardModel; actions: LayerActions }) {
  const dialog = useRef<HTMLDivElement>(null);
  const waiting = model.sendAnywayAt !== null && model.sendAnywayAt > Date.now();
  const now = useNow(waiting || model.verdict.holds.some((h) => h.kind === 'doubleText'));
  const findings = model.verdict.findings.filter(
    (f) => f.severity === 'hold' || model.verdict.holds.length > 0,
  );
  const fromWords = model.verdict.holds.some((h) => h.kind === 'findings');
  const secondsLeft = model.sendAnywayAt === null ? 0 : Math.ceil((model.sendAnywayAt - now) / 1000);

  useEffect(() => {
    // Focus moves into the dialog, on its least risky action.
    dialog.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      actions.edit();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>('button:not([disabled])')];
    if (items.length === 0) return;
    const active = (dialog.current.getRootNode() as ShadowRoot).activeElement;
    const at = items.indexOf(active as HTMLElement);
    const next = event.shiftKey
      ? at <= 0
        ? items.length - 1
        : at - 1
      : at === items.length - 1
        ? 0
        : at + 1;
    event.preventDefault();
    items[next]?.focus();
  };

  return (
    <div
      ref={dialog}
      class={`card ${model.theme}`}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="rekindle-card-title"
      aria-describedby="rekindle-card-kept"
      style={placement(model)}
      onKeyDown={onKeyDown}
    >
      <h2 id="rekindle-card-title">
        {t(fromWords ? 'guard_card_title_findings' : 'guard_card_title_context')}
      </h2>
      {model.verdict.holds.map((hold) => (
        <ContextReason key={hold.kind} hold={hold} now={now} />
      ))}
      {findings.length > 0 && (
        <ul class="findings">
          {findings.map((finding) => {
            const words = ruleText(finding, model.verdict.stage);
            return (
              <li key={`${finding.rule}-${finding.start}`} class={`finding ${finding.severity}`}>
                <q class="phrase">{finding.phrase}</q>
                <p class="reason">{words.reason}</p>
                {words.suggestions.length > 0 && (
                  <div class="suggestions">
                    <span class="label">{t('guard_suggestions_label')}</span>
                    {words.suggestions.map((suggestion) => (
                      <button
                        key={suggestion}
                        type="button"
                        class="suggestion"
                        aria-label={t('guard_apply_label', [finding.phrase, suggestion])}
                        onClick={() => actions.apply(finding, suggestion)}
                      >
                        {suggestion}
                      </button>
                    ))}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p id="rekindle-card-kept" class="kept">
        {model.note ?? t('guard_card_kept')}
      </p>
      <div class="actions">
        <button type="button" class="primary" data-autofocus onClick={actions.edit}>
          {t('guard_edit')}
        </button>
        {model.sendAnywayAt === null ? (
          <span class="never">
            {model.verdict.holds.some((hold) => hold.kind === 'noContact')
              ? t('guard_send_anyway_no_contact')
              : t('guard_send_anyway_never')}
          </span>
        ) : (
          <button type="button" class="secondary" disabled={secondsLeft > 0} onClick={actions.sendAnyway}>
            {secondsLeft > 0 ? t('guard_send_anyway_wait', [String(secondsLeft)]) : t('guard_send_anyway')}
          </button>
        )}
      </div>
    </div>
  );
}
