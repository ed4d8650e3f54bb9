import { t } from '../../i18n/t';
import { coachClient } from '../../messaging/client';

export interface PausePanelProps {
  pausedUntil: number | null;
  now: number;
  act(action: () => Promise<unknown>): Promise<void>;
}

const clock = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export function PausePanel({ pausedUntil, now, act }: PausePanelProps) {
  const paused = pausedUntil !== null && pausedUntil > now;
  return (
    <section class="card" aria-labelledby="pause-heading">
      <h2 id="pause-heading">{t('popup_pause_heading')}</h2>
      {paused ? (
        <div class="row">
          <p data-testid="paused" role="status">
            {t('popup_paused_until', clock(pausedUntil))}
          </p>
          <button type="button" onClick={() => act(() => coachClient.resume())}>
            {t('popup_resume')}
          </button>
        </div>
      ) : (
        <div class="row">
          <button type="button" onClick={() => act(() => coachClient.pause(15))}>
            {t('popup_pause_15')}
          </button>
          <button type="button" onClick={() => act(() => coachClient.pause(60))}>
            {t('popup_pause_60')}
          </button>
        </div>
      )}
    </section>
  );
}
