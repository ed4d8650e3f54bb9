import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { coachClient } from '../../messaging/client';
import type { ConversationView } from '../../messaging/protocol';
import { CountdownRing } from '../countdown-ring';

export interface CooldownPanelProps {
  focus: ConversationView | null;
  now: number;
  act(action: () => Promise<unknown>): Promise<void>;
}

/** The focused chat's cooldown with "They replied", and a quiet way to record a boundary. */
export function CooldownPanel({ focus, now, act }: CooldownPanelProps) {
  const [askBoundary, setAskBoundary] = useState(false);
  const firstChoice = useRef<HTMLButtonElement>(null);
  // The prompt button disappears when pressed; keep keyboard focus on the choices that replace it.
  useEffect(() => {
    if (askBoundary) firstChoice.current?.focus();
  }, [askBoundary]);
  const cooldown = focus?.cooldown && focus.cooldown.endsAt > now ? focus.cooldown : null;
  const name = focus?.ref.displayName || t('popup_this_chat');
  return (
    <section class="card" aria-labelledby="cooldown-heading">
      <h2 id="cooldown-heading">{t('popup_cooldown_heading')}</h2>
      {cooldown && focus ? (
        <>
          <CountdownRing
            startedAt={cooldown.startedAt}
            endsAt={cooldown.endsAt}
            now={now}
            caption={t('popup_cooldown_caption', name)}
          />
          <div class="row" style={{ marginTop: '8px' }}>
            <button
              type="button"
              class="primary"
              onClick={() => act(() => coachClient.theyReplied(focus.ref))}
            >
              {t('popup_they_replied')}
            </button>
          </div>
        </>
      ) : (
        <p class="muted" data-testid="no-cooldown">
          {focus ? t('popup_no_cooldown_named', name) : t('popup_no_cooldown')}
        </p>
      )}
      {focus && !askBoundary && (
        <button type="button" class="link-button" onClick={() => setAskBoundary(true)}>
          {t('popup_boundary_prompt', name)}
        </button>
      )}
      {focus && askBoundary && (
        <fieldset>
          <legend class="visually-hidden">{t('popup_boundary_prompt', name)}</legend>
          <div class="row">
            <button
              ref={firstChoice}
              type="button"
              onClick={() => act(() => coachClient.recordBoundary(focus.ref, 'asked-space'))}
            >
              {t('popup_boundary_space')}
            </button>
            <button type="button" onClick={() => act(() => coachClient.recordBoundary(focus.ref, 'blocked'))}>
              {t('popup_boundary_blocked')}
            </button>
            <button type="button" onClick={() => setAskBoundary(false)}>
              {t('popup_cancel')}
            </button>
          </div>
        </fieldset>
      )}
    </section>
  );
}
